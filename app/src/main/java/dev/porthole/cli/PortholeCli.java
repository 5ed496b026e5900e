package dev.porthole.cli;

import dev.porthole.Version;
import dev.porthole.cli.bench.BenchException;
import dev.porthole.cli.bench.BenchGroup;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.engine.docker.DockerEngineFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** The {@code porthole} command line: {@code doctor}, {@code bench}, {@code lint}, {@code layers}, {@code --version}. */
@Command(name = "porthole", mixinStandardHelpOptions = true, versionProvider = PortholeCli.VersionProvider.class,
        description = "See and drive your Docker or Podman engine. Without a command, ./porthole opens the window.",
        commandListHeading = "%nCommands:%n")
public final class PortholeCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // exit explicitly: engine clients may leave non-daemon threads behind
        System.exit(commandLine().execute(args));
    }

    /** The command line wired to this machine's environment, the docker-java engine and the installed bench groups. */
    public static CommandLine commandLine() {
        return commandLine(new EngineLocator(SystemEnvironment.current()), DockerEngineFactory::new,
                PortholeCli::installedBenchGroups);
    }

    /** The command line wired to the given services (tests pass their own). */
    public static CommandLine commandLine(EngineLocator locator, Supplier<EngineFactory> engines,
                                          Supplier<List<BenchGroup>> benchGroups) {
        CommandLine cli = new CommandLine(new PortholeCli());
        cli.addSubcommand(new DoctorCommand(locator, engines));
        cli.addSubcommand(new BenchCommand(locator, engines, benchGroups));
        cli.addSubcommand(new LintCommand());
        cli.addSubcommand(new LayersCommand(locator, engines));
        cli.setParameterExceptionHandler(PortholeCli::onInvalidInput);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message(e));
            command.getErr().flush();
            return 1;
        });
        return cli;
    }

    /** Bench groups registered under META-INF/services (the app's "engine", the ui's "ui"). */
    public static List<BenchGroup> installedBenchGroups() {
        return ServiceLoader.load(BenchGroup.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    private static int onInvalidInput(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + invalidInputMessage(e));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String invalidInputMessage(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().getFirst().startsWith("-")) {
            String first = unmatched.getUnmatched().getFirst();
            return command.getSubcommands().isEmpty() ? "unexpected argument '" + first + "'."
                    : "unknown command '" + first + "'; the commands are: "
                    + String.join(", ", command.getSubcommands().keySet()) + ".";
        }
        return e.getMessage();
    }

    /** A failure as one readable sentence: engine messages are written for users, anything else names its type. */
    static String message(Throwable e) {
        String text = e.getMessage();
        if (e instanceof EngineException || e instanceof BenchException) {
            return text;
        }
        return e.getClass().getSimpleName() + (text == null ? "" : ": " + text);
    }

    /** Prints "Porthole VERSION". */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Porthole " + Version.current()};
        }
    }
}
