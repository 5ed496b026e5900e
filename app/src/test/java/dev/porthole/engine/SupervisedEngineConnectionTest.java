package dev.porthole.engine;

import dev.porthole.engine.ConnectionStatus.State;
import dev.porthole.engine.SupervisedEngineConnection.Backoff;
import dev.porthole.testing.TestEngines;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connection's backoff and its behaviour when no engine is found (needs no engine). */
class SupervisedEngineConnectionTest {

    @Test
    void backoffDoublesFromTheInitialWaitUpToTheMaximum() {
        Backoff backoff = Backoff.DEFAULT;
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 100).stream().map(backoff::delay).map(Duration::toMillis))
                .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 15000L, 15000L, 15000L);
        assertThat(new Backoff(Duration.ofSeconds(3), Duration.ofSeconds(3)).delay(9)).hasSeconds(3);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenTheSearchFindsNoEngineItSaysWhyAndKeepsSearching() throws InterruptedException {
        AtomicInteger searches = new AtomicInteger();
        DiscoveryReport nothing = new DiscoveryReport(List.of(), null, "No engine at unix:///nowhere.sock.",
                List.of());
        BlockingQueue<ConnectionStatus> statuses = new LinkedBlockingQueue<>();
        try (SupervisedEngineConnection connection = new SupervisedEngineConnection(() -> {
            searches.incrementAndGet();
            return nothing;
        }, TestEngines.factory(), new Backoff(Duration.ofMillis(20), Duration.ofMillis(40)))) {
            connection.onStatus(statuses::add);
            assertThat(statuses.poll()).extracting(ConnectionStatus::state).isEqualTo(State.CONNECTING);
            connection.start();

            ConnectionStatus third = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (third == null && System.nanoTime() < deadline) {
                ConnectionStatus s = statuses.poll(50, TimeUnit.MILLISECONDS);
                if (s != null && s.state() == State.DISCONNECTED && s.attempt() == 3) {
                    third = s;
                }
            }
            assertThat(third).isNotNull();
            assertThat(third.reason()).isEqualTo("No engine at unix:///nowhere.sock.");
            assertThat(third.report()).isSameAs(nothing);
            assertThat(third.nextRetry()).isNotNull();
            assertThat(searches.get()).isGreaterThanOrEqualTo(3);
            assertThat(connection.engine()).isEmpty();
        }
        int afterClose = searches.get();
        Thread.sleep(200);
        assertThat(searches.get()).as("no searches after close").isEqualTo(afterClose);
    }
}
