package dev.porthole.cli;

import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;
import dev.porthole.layers.Analysis;
import dev.porthole.layers.ArchiveFileSource;
import dev.porthole.layers.EngineImageSource;
import dev.porthole.layers.LayerAnalyzer;
import dev.porthole.layers.LayersException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code porthole layers SOURCE}: dive's layer analysis of an image archive or an engine image, with CI rules. */
@Command(name = "layers",
        description = {"Analyses an image's layers as dive does: size per layer, efficiency, wasted space, and which"
                + " layers hold each wasted file.",
                "SOURCE is an image archive (docker save or OCI layout, plain or gzip-compressed), or else an image"
                        + " reference or id in the engine."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:analysed (with --ci: every rule passed)", "1:a --ci rule failed",
                "2:bad input: unreadable, damaged or unknown image, or invalid arguments"})
final class LayersCommand extends EngineSubcommand {

    static final int RULE_FAILED = 1;
    static final int BAD_INPUT = 2;
    private static final String DEFAULT_CI_CONFIG = ".dive-ci";

    @Parameters(paramLabel = "SOURCE", description = "An image archive file, or an image reference or id.")
    String source;

    @Option(names = "--json", description = "Print the analysis as JSON.")
    boolean json;

    @Option(names = "--ci", description = "Check the analysis against CI rules (as dive --ci); exit 1 when one fails.")
    boolean ci;

    @Option(names = "--ci-config", paramLabel = "PATH",
            description = "A dive .dive-ci file with the rules (default: .dive-ci in the current folder, if any).")
    Path ciConfig;

    @Option(names = "--lowest-efficiency", paramLabel = "RATIO",
            description = "Fail below this efficiency, 0-1 or \"disabled\" (default 0.9).")
    String lowestEfficiency;

    @Option(names = "--highest-wasted-bytes", paramLabel = "SIZE",
            description = "Fail above this many wasted bytes, as 20MB or 1.5GiB (default disabled).")
    String highestWastedBytes;

    @Option(names = "--highest-user-wasted-percent", paramLabel = "RATIO",
            description = "Fail above this share of the user size wasted, 0-1 (default 0.1).")
    String highestUserWastedPercent;

    LayersCommand(EngineLocator locator, Supplier<EngineFactory> engines) {
        super(locator, engines);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CiRules rules;
        Analysis analysis;
        try {
            // rules first, so a typo in a threshold fails before a long analysis
            rules = ci ? ciRules() : null;
            analysis = analyze();
        } catch (LayersException | EngineException | IllegalArgumentException e) {
            err.println("porthole layers: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        out.print(json ? LayersReport.json(analysis) : LayersReport.text(analysis));
        out.flush();
        if (rules == null) {
            return 0;
        }
        List<CiRules.Result> results = rules.evaluate(analysis);
        // with --json, stdout stays the JSON contract and the verdict goes to stderr
        PrintWriter verdict = json ? err : out;
        verdict.print((json ? "" : System.lineSeparator()) + LayersReport.ci(results));
        verdict.flush();
        return results.stream().anyMatch(r -> r.status() == CiRules.Status.FAIL) ? RULE_FAILED : 0;
    }

    private CiRules ciRules() {
        Path file = ciConfig;
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the CI config " + file + " does not exist.");
        }
        if (file == null && Files.isRegularFile(Path.of(DEFAULT_CI_CONFIG))) {
            file = Path.of(DEFAULT_CI_CONFIG);
        }
        Map<String, String> options = new HashMap<>();
        options.put(CiRules.LOWEST_EFFICIENCY, lowestEfficiency);
        options.put(CiRules.HIGHEST_WASTED_BYTES, highestWastedBytes);
        options.put(CiRules.HIGHEST_USER_WASTED_PERCENT, highestUserWastedPercent);
        return CiRules.of(file, options);
    }

    private Analysis analyze() {
        Path file = asPath(source);
        if (file != null && Files.isDirectory(file)) {
            throw new LayersException(source + " is a folder; give an image archive file (docker save -o, or"
                    + " skopeo copy … oci-archive:FILE).");
        }
        if (file != null && Files.exists(file)) {
            return LayerAnalyzer.analyze(new ArchiveFileSource(file));
        }
        if (file != null && looksLikeFilePath(source)) {
            throw new LayersException("Cannot read " + source + ": there is no such file.");
        }
        EngineFactory factory = engines.get();
        DiscoveryReport report = locator.discover(factory);
        CandidateResult chosen = report.chosen();
        if (chosen == null) {
            throw new LayersException("There is no file " + source + ", and no engine answered to look it up as an"
                    + " image. " + report.reason());
        }
        try (Engine engine = factory.open(chosen.endpoint())) {
            return LayerAnalyzer.analyze(new EngineImageSource(engine, source));
        }
    }

    private static Path asPath(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Whether the user clearly meant a file (so a missing one is not looked up in the engine). */
    private static boolean looksLikeFilePath(String text) {
        return text.startsWith("/") || text.startsWith("./") || text.startsWith("../") || text.startsWith("~")
                || text.matches("(?i).*\\.(tar|tar\\.gz|tgz|tar\\.zst|oci)$");
    }
}
