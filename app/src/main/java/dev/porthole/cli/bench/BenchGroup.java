package dev.porthole.cli.bench;

/**
 * A named set of measurements for {@code porthole bench}. Implementations are found with
 * {@link java.util.ServiceLoader}: list the class in {@code META-INF/services/dev.porthole.cli.bench.BenchGroup}
 * and give it a public no-arg constructor.
 */
public interface BenchGroup {

    /** The name users pass to {@code porthole bench}, e.g. "engine". */
    String name();

    /** Runs the measurements and records each figure; throws {@link BenchException} when it cannot measure. */
    void run(BenchContext ctx);
}
