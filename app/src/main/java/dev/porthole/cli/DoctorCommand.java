package dev.porthole.cli;

import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** {@code porthole doctor}: every place an engine was looked for, what answered, and which one is used and why. */
@Command(name = "doctor",
        description = "Shows where Porthole looks for the container engine, what answered, and which one it uses.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:an engine answered", "1:no engine answered", "2:invalid arguments"})
final class DoctorCommand extends EngineSubcommand {

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    DoctorCommand(EngineLocator locator, Supplier<EngineFactory> engines) {
        super(locator, engines);
    }

    @Override
    public Integer call() {
        DiscoveryReport report = locator.discoverAll(engines.get());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? DoctorReport.json(report) : DoctorReport.text(report));
        out.flush();
        return report.chosen() != null ? 0 : 1;
    }
}
