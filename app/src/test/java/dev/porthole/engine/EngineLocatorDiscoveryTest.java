package dev.porthole.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Discovery: which candidate is chosen by probing and why, and a choice made in the preferences. */
class EngineLocatorDiscoveryTest extends EngineLocatorFixture {

    @Test
    void discoverPicksTheFirstDefaultThatAnswersAndRecordsEarlierErrors() {
        presentSockets.add(Path.of("/var/run/docker.sock"));
        Path podman = home.resolve(".docker/run/docker.sock");
        presentSockets.add(podman);
        List<String> probed = new ArrayList<>();

        DiscoveryReport report = locator().discover(engines(endpoint -> {
            probed.add(endpoint.host());
            if (endpoint.host().equals("unix:///var/run/docker.sock")) {
                throw new EngineException(EngineException.Kind.UNREACHABLE, "permission denied");
            }
            return info(endpoint);
        }));

        assertThat(report.chosen().endpoint().host()).isEqualTo("unix://" + podman);
        assertThat(report.chosen().info().version()).isEqualTo("20.10.24");
        assertThat(report.reason()).startsWith("first default socket that answered");
        assertThat(report.candidates().get(0).error()).isEqualTo("permission denied");
        assertThat(report.candidates().get(1).reachable()).isTrue();
        assertThat(report.candidates().get(2).error()).isEqualTo("not tried: unix://" + podman + " answered first");
        assertThat(probed).containsExactly("unix:///var/run/docker.sock", "unix://" + podman);
    }

    @Test
    void discoverDoesNotProbeSocketsWhoseFileIsMissing() {
        List<String> probed = new ArrayList<>();

        DiscoveryReport report = locator().discover(engines(endpoint -> {
            probed.add(endpoint.host());
            return info(endpoint);
        }));

        assertThat(probed).isEmpty();
        assertThat(report.chosen()).isNull();
        assertThat(report.candidates().getFirst().error()).isEqualTo("socket file not found: /var/run/docker.sock");
    }

    @Test
    void discoverAllProbesEveryDefaultButStillChoosesTheFirst() {
        presentSockets.add(Path.of("/var/run/docker.sock"));
        presentSockets.add(Path.of("/run/podman/podman.sock"));

        DiscoveryReport report = locator().discoverAll(engines(this::info));

        assertThat(report.chosen().endpoint().host()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(report.candidates()).filteredOn(CandidateResult::reachable).extracting(r -> r.endpoint().host())
                .containsExactly("unix:///var/run/docker.sock", "unix:///run/podman/podman.sock");
    }

    @Test
    void discoverUsesDockerHostWhenItAnswersAndSaysWhy() {
        env.put("DOCKER_HOST", "tcp://127.0.0.1:2375");
        presentSockets.add(Path.of("/var/run/docker.sock"));

        DiscoveryReport report = locator().discoverAll(engines(this::info));

        assertThat(report.chosen().endpoint()).isEqualTo(EngineEndpoint.plain("tcp://127.0.0.1:2375", "DOCKER_HOST"));
        assertThat(report.reason()).startsWith("DOCKER_HOST is set");
        assertThat(report.candidates().get(1).reachable()).isFalse();
        assertThat(report.candidates().get(1).error()).isEqualTo("not used: DOCKER_HOST is set");
    }

    @Test
    void discoverDoesNotFallBackToDefaultsWhenDockerHostDoesNotAnswer() {
        env.put("DOCKER_HOST", "tcp://127.0.0.1:1");
        presentSockets.add(Path.of("/var/run/docker.sock"));
        List<String> probed = new ArrayList<>();

        DiscoveryReport report = locator().discoverAll(engines(endpoint -> {
            probed.add(endpoint.host());
            if (endpoint.source().equals("DOCKER_HOST")) {
                throw new EngineException(EngineException.Kind.UNREACHABLE, "Connection refused.");
            }
            return info(endpoint);
        }));

        assertThat(report.chosen()).isNull();
        assertThat(probed).containsExactly("tcp://127.0.0.1:1");
        assertThat(report.candidates()).hasSize(8);
        assertThat(report.candidates().subList(1, 8))
                .allMatch(r -> r.error().equals("not used: DOCKER_HOST is set"));
        assertThat(report.reason())
                .contains("tcp://127.0.0.1:1 did not answer (Connection refused); ")
                .contains("does not fall back")
                .contains("unset DOCKER_HOST");
    }

    @Test
    void discoverChoosesNothingWhenTheSelectedContextCannotBeRead() {
        env.put("DOCKER_CONTEXT", "ghost");
        presentSockets.add(Path.of("/var/run/docker.sock"));

        DiscoveryReport report = locator().discover(engines(this::info));

        assertThat(report.chosen()).isNull();
        assertThat(report.problems()).singleElement().asString().contains("ghost");
        assertThat(report.reason())
                .contains("could not be read (context \"ghost\" (DOCKER_CONTEXT) does not exist: ")
                .contains("meta.json is missing)")
                .contains("unset DOCKER_CONTEXT");
        assertThat(report.candidates()).allMatch(r -> r.error().startsWith("not used: DOCKER_CONTEXT selects"));
    }

    @Test
    void discoverGivesUpOnAProbeThatDoesNotAnswerInTime() throws InterruptedException {
        env.put("DOCKER_HOST", "tcp://10.255.255.1:2375");
        CountDownLatch never = new CountDownLatch(1);
        EngineLocator locator = new EngineLocator(environment(), Duration.ofMillis(200));

        long start = System.nanoTime();
        DiscoveryReport report = locator.discover(engines(endpoint -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return info(endpoint);
        }));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(report.chosen()).isNull();
        assertThat(report.candidates().getFirst().error()).isEqualTo("no answer within 200 ms");
    }

    @Test
    void discoverSaysWhatWasTriedWhenNothingAnswers() {
        presentSockets.add(Path.of("/var/run/docker.sock"));

        DiscoveryReport report = locator().discover(engines(endpoint -> {
            throw new EngineException(EngineException.Kind.UNREACHABLE, "connection refused");
        }));

        assertThat(report.chosen()).isNull();
        assertThat(report.chosenResult()).isEmpty();
        assertThat(report.reason())
                .startsWith("No engine answered")
                .contains("Tried unix:///var/run/docker.sock (connection refused).")
                .contains("No socket file at " + home.resolve(".docker/run/docker.sock") + ", ")
                .contains(", /run/podman/podman.sock, ");
    }

    @Test
    void discoverTurnsAnUnexpectedProbeFailureIntoAnError() {
        presentSockets.add(Path.of("/var/run/docker.sock"));

        DiscoveryReport report = locator().discover(engines(endpoint -> {
            throw new IllegalStateException();
        }));

        assertThat(report.candidates().getFirst().error()).isEqualTo("IllegalStateException");
    }

    @Test
    void aSocketChosenInThePreferencesIsTheOnlyOneTriedEvenWithDockerHostSet() {
        env.put("DOCKER_HOST", "tcp://127.0.0.1:2375");
        presentSockets.add(Path.of("/var/run/docker.sock"));
        presentSockets.add(Path.of("/srv/engine.sock"));
        List<String> probed = new ArrayList<>();

        DiscoveryReport report = locator().withChoice(new EngineChoice(EngineChoice.Kind.UNIX, "/srv/engine.sock", null))
                .discover(engines(e -> {
                    probed.add(e.host());
                    return info(e);
                }));

        assertThat(probed).containsExactly("unix:///srv/engine.sock");
        assertThat(report.chosen().endpoint()).isEqualTo(EngineEndpoint.plain("unix:///srv/engine.sock", "preferences"));
        assertThat(report.candidates()).filteredOn(r -> r.endpoint().source().equals("DOCKER_HOST"))
                .singleElement().extracting(CandidateResult::error).asString().startsWith("not used: Porthole's preferences");
    }

    @Test
    void aChosenSocketThatIsMissingIsReportedWithoutFallingBack() {
        presentSockets.add(Path.of("/var/run/docker.sock"));

        DiscoveryReport report = locator().withChoice(new EngineChoice(EngineChoice.Kind.UNIX, "/nowhere/x.sock", null))
                .discover(engines(this::info));

        assertThat(report.chosen()).isNull();
        assertThat(report.reason()).contains("preferences choose unix:///nowhere/x.sock")
                .contains("socket file not found: /nowhere/x.sock").contains("choose Automatic in Preferences");
    }

    @Test
    void aChosenContextIsReadFromTheCliConfigAndATcpChoiceCarriesItsTlsFolder() throws IOException {
        writeContext(home.resolve(".docker"), "remote", "tcp://10.0.0.5:2375", false);

        EngineLocator.Candidates byContext = locator()
                .withChoice(new EngineChoice(EngineChoice.Kind.CONTEXT, "remote", null)).candidates();
        EngineLocator.Candidates byTcp = locator()
                .withChoice(new EngineChoice(EngineChoice.Kind.TCP, "10.0.0.6:2376", home)).candidates();

        assertThat(byContext.explicit().endpoint().host()).isEqualTo("tcp://10.0.0.5:2375");
        assertThat(byContext.explicit().endpoint().source()).isEqualTo("preferences, context:remote");
        assertThat(byTcp.explicit().endpoint()).isEqualTo(new EngineEndpoint("tcp://10.0.0.6:2376", "preferences", true, home));
    }
}
