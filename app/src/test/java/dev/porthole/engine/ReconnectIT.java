package dev.porthole.engine;

import dev.porthole.engine.ConnectionStatus.State;
import dev.porthole.engine.SupervisedEngineConnection.Backoff;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineInfo;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.testing.UnixSocketProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@link SupervisedEngineConnection} against the real engine behind a proxy the test cuts and restores.
 */
class ReconnectIT {

    private static Engine docker;

    @TempDir
    Path dir;
    private UnixSocketProxy proxy;
    private SupervisedEngineConnection connection;
    private final BlockingQueue<ConnectionStatus> statuses = new LinkedBlockingQueue<>();
    private final BlockingQueue<EngineEvent> events = new LinkedBlockingQueue<>();

    @BeforeAll
    static void openEngine() {
        docker = TestEngines.assumeEngine();
        TestImages.busybox(docker);
    }

    @AfterAll
    static void cleanUp() {
        if (docker != null) {
            try {
                TestImages.cleanup(docker);
            } finally {
                docker.close();
            }
        }
    }

    @BeforeEach
    void openProxy() throws Exception {
        proxy = new UnixSocketProxy(dir.resolve("engine.sock"), UnixSocketProxy.addressOf(docker.endpoint()));
        proxy.open();
    }

    @AfterEach
    void closeAll() throws Exception {
        if (connection != null) {
            connection.close();
        }
        proxy.close();
    }

    @Test
    void dropsWhenTheEngineGoesAndComesBackWithEventsByItself() throws Exception {
        connect(new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)));
        ConnectionStatus up = awaitStatus(s -> s.state() == State.CONNECTED, 10);
        EngineInfo info = up.info();
        assertThat(info.apiVersion()).isEqualTo(docker.info().apiVersion());
        assertThat(up.report().chosen().endpoint().host()).isEqualTo(proxy.host());
        assertThat(connection.engine()).isPresent();

        String first = TestImages.runSleeper(docker, TestImages.uniqueName("reconnect1"));
        awaitEvent(e -> e.isContainer() && e.action().equals("start") && e.actorId().equals(first));

        long cutAt = System.nanoTime();
        proxy.cut();
        ConnectionStatus down = awaitStatus(s -> s.state() == State.DISCONNECTED, 5);
        assertThat(Duration.ofNanos(System.nanoTime() - cutAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(down.reason()).contains(proxy.host());
        assertThat(down.info()).as("last known facts stay for the UI").isEqualTo(info);
        assertThat(down.attempt()).isEqualTo(1);
        assertThat(down.nextRetry()).isAfter(Instant.now().minusSeconds(1));
        assertThat(connection.engine()).isEmpty();
        assertThatThrownBy(connection::requireEngine).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.UNREACHABLE));

        // it keeps trying while the engine is away, and says why each try failed
        ConnectionStatus stillDown = awaitStatus(s -> s.state() == State.DISCONNECTED && s.attempt() >= 3, 10);
        assertThat(stillDown.reason()).contains("is not there");

        proxy.open();
        ConnectionStatus back = awaitStatus(s -> s.state() == State.CONNECTED, 5);
        assertThat(back.attempt()).isZero();
        assertThat(back.reason()).isNull();

        // a container started now is seen through the new event stream
        events.clear();
        String second = TestImages.runSleeper(docker, TestImages.uniqueName("reconnect2"));
        awaitEvent(e -> e.isContainer() && e.action().equals("start") && e.actorId().equals(second));
    }

    @Test
    void anUnreachableReportDropsTheConnectionAndRetryNowSkipsTheWait() throws Exception {
        // a wait so long that only retryNow can bring it back within the test
        connect(new Backoff(Duration.ofSeconds(60), Duration.ofSeconds(60)));
        awaitStatus(s -> s.state() == State.CONNECTED, 10);

        connection.reportFailure(new EngineException(EngineException.Kind.NOT_FOUND, "No such container: x"));
        connection.reportFailure(new IllegalStateException("wrapped",
                new EngineException(EngineException.Kind.UNREACHABLE, "Lost the engine (test)")));
        // the NOT_FOUND report changed nothing: the next status is the drop the UNREACHABLE one caused
        ConnectionStatus next = statuses.poll(5, TimeUnit.SECONDS);
        assertThat(next).isNotNull();
        assertThat(next.state()).isEqualTo(State.DISCONNECTED);
        assertThat(next.reason()).isEqualTo("Lost the engine (test)");
        assertThat(next.nextRetry()).isAfter(Instant.now().plusSeconds(50));

        long retryAt = System.nanoTime();
        connection.retryNow();
        awaitStatus(s -> s.state() == State.CONNECTED, 5);
        assertThat(Duration.ofNanos(System.nanoTime() - retryAt)).isLessThan(Duration.ofSeconds(5));

        String id = TestImages.runSleeper(docker, TestImages.uniqueName("retrynow"));
        awaitEvent(e -> e.isContainer() && e.action().equals("start") && e.actorId().equals(id));
    }

    @Test
    void closeStopsEverythingAndFreesTheEventStream() throws Exception {
        connect(new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)));
        awaitStatus(s -> s.state() == State.CONNECTED, 10);
        assertThat(proxy.liveConnections()).as("the event stream's connection").isPositive();

        long closeAt = System.nanoTime();
        connection.close();
        assertThat(Duration.ofNanos(System.nanoTime() - closeAt)).isLessThan(Duration.ofSeconds(3));

        ConnectionStatus closed = awaitStatus(s -> s.state() == State.DISCONNECTED, 1);
        assertThat(closed.reason()).isEqualTo("Connection closed.");
        assertThat(closed.nextRetry()).isNull();
        assertThat(connection.engine()).isEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (proxy.liveConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(proxy.liveConnections()).as("connections left open after close").isZero();
        // no retries after close
        assertThat(statuses.poll(1, TimeUnit.SECONDS)).isNull();
    }

    // ---- helpers ----

    private void connect(Backoff backoff) {
        EngineEndpoint endpoint = EngineEndpoint.plain(proxy.host(), "test");
        connection = new SupervisedEngineConnection(() -> discover(endpoint), TestEngines.factory(), backoff);
        connection.onStatus(statuses::add);
        statuses.clear(); // the current status, given at once
        connection.onEvent(events::add);
        connection.start();
    }

    /** What the app's engine search does for one candidate: probe it and choose it when it answers. */
    private static DiscoveryReport discover(EngineEndpoint endpoint) {
        try {
            EngineInfo info = TestEngines.factory().probe(endpoint);
            CandidateResult ok = new CandidateResult(endpoint, true, info, null);
            return new DiscoveryReport(List.of(ok), ok, "It answered.", List.of());
        } catch (EngineException e) {
            CandidateResult failed = new CandidateResult(endpoint, false, null, e.getMessage());
            return new DiscoveryReport(List.of(failed), null, e.getMessage(), List.of());
        }
    }

    private ConnectionStatus awaitStatus(Predicate<ConnectionStatus> wanted, int seconds) throws InterruptedException {
        List<ConnectionStatus> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            ConnectionStatus s = statuses.poll(50, TimeUnit.MILLISECONDS);
            if (s != null) {
                if (wanted.test(s)) {
                    return s;
                }
                seen.add(s);
            }
        }
        return fail("The wanted status did not come within " + seconds + " s; saw " + seen);
    }

    private EngineEvent awaitEvent(Predicate<EngineEvent> wanted) throws InterruptedException {
        List<EngineEvent> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            EngineEvent e = events.poll(50, TimeUnit.MILLISECONDS);
            if (e != null) {
                if (wanted.test(e)) {
                    return e;
                }
                seen.add(e);
            }
        }
        return fail("The wanted event did not come within 10 s; saw " + seen);
    }
}
