package dev.porthole.testing;

import dev.porthole.engine.Engine;
import dev.porthole.engine.Subscription;
import dev.porthole.model.TransferEvent;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The local registries engine tests push to: a plain one on 127.0.0.1:5000 and, when .ci/run started it, one
 * with htpasswd sign-in named by PORTHOLE_AUTH_REGISTRY / _USER / _PASSWORD. Outside CI a missing registry skips.
 */
public final class TestRegistries {

    /** The plain local registry. */
    public static final String PLAIN = "127.0.0.1:5000";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private TestRegistries() {
    }

    /** Skips (fails in CI) unless the plain registry answers. */
    public static String assumePlain() {
        assumeAnswers(PLAIN);
        return PLAIN;
    }

    /** The sign-in registry's host, user and password; skips (fails in CI) when it is not set up. */
    public static List<String> assumeAuth() {
        String host = System.getenv("PORTHOLE_AUTH_REGISTRY");
        String user = System.getenv("PORTHOLE_AUTH_USER");
        String password = System.getenv("PORTHOLE_AUTH_PASSWORD");
        if (host == null || user == null || password == null) {
            skipOrFail("PORTHOLE_AUTH_REGISTRY/_USER/_PASSWORD are not set (.ci/run starts that registry)");
        }
        assumeAnswers(host);
        return List.of(host, user, password);
    }

    private static void assumeAnswers(String host) {
        int status;
        try {
            status = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + host + "/v2/"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        if (status != 200 && status != 401) {
            skipOrFail("no registry answers on " + host + " (.ci/run starts one)");
        }
    }

    /** Deletes a manifest a test pushed (the registry allows deletes), so the registry keeps no test images. */
    public static void deleteManifest(String host, String repository, String digest) {
        deleteManifest(host, repository, digest, null, null);
    }

    /** As {@link #deleteManifest(String, String, String)}, signed in with basic auth when {@code user} is set. */
    public static void deleteManifest(String host, String repository, String digest, String user, String password) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + "/v2/" + repository
                    + "/manifests/" + digest)).DELETE().timeout(Duration.ofSeconds(10));
            if (user != null) {
                request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            System.out.println("Could not delete " + repository + "@" + digest + " from " + host + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void skipOrFail(String reason) {
        if (TestEngines.inCi()) {
            Assertions.fail(reason + " (CI=true, so this fails instead of skipping)");
        }
        System.out.println("SKIPPED registry test: " + reason);
        Assumptions.abort(reason);
    }

    /** Collects a transfer's events and waits for its ending. */
    public static final class Recorder {
        private final List<TransferEvent> events = new CopyOnWriteArrayList<>();
        private final CountDownLatch ended = new CountDownLatch(1);

        /** Where the engine sends events. */
        public void accept(TransferEvent e) {
            events.add(e);
            if (e.ending()) {
                ended.countDown();
            }
        }

        /** Waits up to two minutes for the ending and returns it; fails when none comes. */
        public TransferEvent awaitEnd(Subscription subscription) {
            try {
                if (!ended.await(2, TimeUnit.MINUTES)) {
                    subscription.close();
                    Assertions.fail("the transfer did not end within 2 minutes; events: " + events);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Assertions.fail("interrupted");
            }
            return events.getLast();
        }

        /** Every event so far. */
        public List<TransferEvent> events() {
            return List.copyOf(events);
        }

        /** Pulls {@code reference} and waits for the ending. */
        public static Recorder pull(Engine engine, String reference, dev.porthole.model.RegistryCredential auth) {
            Recorder r = new Recorder();
            r.awaitEnd(engine.pullImage(reference, auth, r::accept));
            return r;
        }

        /** Pushes {@code reference} and waits for the ending. */
        public static Recorder push(Engine engine, String reference, dev.porthole.model.RegistryCredential auth) {
            Recorder r = new Recorder();
            r.awaitEnd(engine.pushImage(reference, auth, r::accept));
            return r;
        }

        /** The ending event. */
        public TransferEvent last() {
            return events.getLast();
        }
    }
}
