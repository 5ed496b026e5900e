package dev.porthole.cli.bench;

import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.Engine;

import java.util.Arrays;

/** How fast Porthole finds the engine and lists containers: {@code engine_discovery_ms}, {@code list_containers_ms}. */
public final class EngineBenchGroup implements BenchGroup {

    private static final int LIST_CALLS = 20;

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public void run(BenchContext ctx) {
        long start = System.nanoTime();
        DiscoveryReport report = ctx.locator().discover(ctx.engineFactory());
        double discoveryMs = millisSince(start);
        CandidateResult chosen = report.chosen();
        if (chosen == null) {
            throw new BenchException("no engine answered, so there is nothing to measure. " + report.reason());
        }
        ctx.record("engine_discovery_ms", discoveryMs, "ms");

        try (Engine engine = ctx.engineFactory().open(chosen.endpoint())) {
            double[] times = new double[LIST_CALLS];
            for (int i = 0; i < LIST_CALLS; i++) {
                long t = System.nanoTime();
                engine.listContainers(true);
                times[i] = millisSince(t);
            }
            // the median, so the first call's connection set-up and a stray GC pause do not skew it
            Arrays.sort(times);
            ctx.record("list_containers_ms", (times[LIST_CALLS / 2 - 1] + times[LIST_CALLS / 2]) / 2, "ms");
        }
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
