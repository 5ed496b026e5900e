package dev.porthole.cli;

import dev.porthole.cli.bench.BenchContext;
import dev.porthole.cli.bench.BenchGroup;
import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code porthole bench [GROUP…]}: runs benchmark groups and prints one figure per line, {@code name value unit}. */
@Command(name = "bench",
        description = "Runs benchmark groups (all when none is named) and prints one figure per line: name value unit.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every group measured", "1:a group could not measure", "2:invalid arguments"})
final class BenchCommand extends EngineSubcommand {

    @Parameters(paramLabel = "GROUP", arity = "0..*", description = "Groups to run, e.g. engine, ui.")
    List<String> names = new ArrayList<>();

    private final Supplier<List<BenchGroup>> installed;

    BenchCommand(EngineLocator locator, Supplier<EngineFactory> engines, Supplier<List<BenchGroup>> installed) {
        super(locator, engines);
        this.installed = installed;
    }

    @Override
    public Integer call() {
        Map<String, BenchGroup> known = new LinkedHashMap<>();
        installed.get().stream().sorted(Comparator.comparing(BenchGroup::name))
                .forEach(g -> known.putIfAbsent(g.name(), g));
        List<BenchGroup> toRun = select(known);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EngineFactory factory = engines.get();
        BenchContext ctx = new BenchContext() {
            @Override
            public void record(String name, double value, String unit) {
                out.println(name + " " + format(value) + " " + unit);
                out.flush();
            }

            @Override
            public EngineLocator locator() {
                return locator;
            }

            @Override
            public EngineFactory engineFactory() {
                return factory;
            }
        };
        int exit = 0;
        for (BenchGroup group : toRun) {
            try {
                group.run(ctx);
            } catch (RuntimeException e) {
                // one group failing (no engine, say) should not hide the others' figures
                err.println("porthole bench " + group.name() + ": " + PortholeCli.message(e));
                err.flush();
                exit = 1;
            }
        }
        return exit;
    }

    private List<BenchGroup> select(Map<String, BenchGroup> known) {
        if (known.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no bench groups are installed.");
        }
        if (names.isEmpty()) {
            return List.copyOf(known.values());
        }
        List<String> unknown = names.stream().filter(n -> !known.containsKey(n)).toList();
        if (!unknown.isEmpty()) {
            throw new ParameterException(spec.commandLine(), (unknown.size() == 1 ? "unknown bench group '"
                    + unknown.getFirst() + "'" : "unknown bench groups " + unknown)
                    + "; the known groups are: " + String.join(", ", known.keySet()) + ".");
        }
        return names.stream().distinct().map(known::get).toList();
    }

    /** A figure without float noise: "12", "3.142". */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
