package dev.porthole.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.porthole.dockerfile.lint.DockerfileLinter;
import dev.porthole.dockerfile.lint.Finding;
import dev.porthole.dockerfile.lint.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code porthole lint FILE…}: lints Dockerfiles and prints the findings as text or JSON. */
@Command(name = "lint",
        description = "Checks Dockerfiles and prints each finding as FILE:LINE RULE severity: message.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding reaches the --fail-on level", "1:a finding reaches the --fail-on level",
                "2:a file cannot be read, or invalid arguments"})
final class LintCommand extends Subcommand {

    /** Output formats; lower case so they read as typed on the command line. */
    enum Format { text, json }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dockerfiles to check.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = SeverityConverter.class,
            description = "Exit 1 when a finding is this serious or more: error, warning or info "
                    + "(default: ${DEFAULT-VALUE}).")
    Severity failOn;

    private final DockerfileLinter linter = new DockerfileLinter();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Reported> reported = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : files) {
            String text;
            try {
                text = read(file);
            } catch (IOException e) {
                err.println("porthole lint: cannot read " + file + ": " + reason(file, e));
                unreadable = true;
                continue;
            }
            for (Finding f : linter.lint(text)) {
                reported.add(new Reported(file.toString(), f));
            }
        }
        if (format == Format.json) {
            out.println(json(reported));
        } else {
            for (Reported r : reported) {
                Finding f = r.finding();
                out.println(r.file() + ":" + f.line() + " " + f.ruleId() + " " + f.severity().label() + ": "
                        + f.message());
            }
        }
        out.flush();
        err.flush();
        if (unreadable) {
            return 2;
        }
        return reported.stream().anyMatch(r -> r.finding().severity().isAtLeast(failOn)) ? 1 : 0;
    }

    /** Reads as UTF-8, replacing malformed bytes rather than failing on them. */
    private static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a folder, not a file");
        }
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String reason(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String json(List<Reported> reported) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (Reported r : reported) {
            Finding f = r.finding();
            array.addObject().put("file", r.file()).put("line", f.line()).put("rule", f.ruleId())
                    .put("severity", f.severity().label()).put("message", f.message());
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finding and the file it was found in, as named on the command line. */
    private record Reported(String file, Finding finding) {
    }

    /** Reads --fail-on values: error, warning, info in any case. */
    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Severity.parse(value);
        }
    }
}
