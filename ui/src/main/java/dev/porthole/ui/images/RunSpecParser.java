package dev.porthole.ui.images;

import dev.porthole.model.RunSpec;
import dev.porthole.model.RunSpec.PortPublish;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the run dialog's text fields into a {@link RunSpec}, or says per field what is wrong. Pure: no JavaFX.
 * Multi-line fields take one entry a line; blank lines and lines starting with # are skipped.
 */
public final class RunSpecParser {

    /** The run dialog's fields, as typed. */
    public record Form(String image, String name, String command, String env, String ports, String volumes,
                       String restartPolicy, boolean autoRemove, String labels) {
    }

    /** The fields that can be wrong. */
    public enum Field { NAME, COMMAND, ENV, PORTS, VOLUMES, RESTART, LABELS }

    /** Either a spec (errors empty) or the first problem of each wrong field. */
    public record Result(RunSpec spec, Map<Field, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** A field that does not parse; the message names the line and says what to write. */
    public static final class InvalidInput extends IllegalArgumentException {
        public InvalidInput(String message) {
            super(message);
        }
    }

    public static final List<String> RESTART_POLICIES = List.of("no", "always", "unless-stopped", "on-failure");

    private static final Pattern CONTAINER_NAME = Pattern.compile("/?[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final Pattern ENV_KEY = Pattern.compile("[^=\\s]+");
    private static final Pattern VOLUME_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final Pattern PORT_LINE = Pattern.compile("(?:(\\d+):)?(\\d+)(?:/(\\w+))?");
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[a-zA-Z]:[\\\\/].*");
    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");
    private static final Set<String> VOLUME_OPTIONS = Set.of("ro", "rw", "z", "Z");

    private RunSpecParser() {
    }

    /** Parses every field; the spec is null when any field is wrong. */
    public static Result parse(Form form) {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        String name = attempt(errors, Field.NAME, () -> name(form.name()));
        List<String> command = attempt(errors, Field.COMMAND, () -> command(form.command()));
        List<String> env = attempt(errors, Field.ENV, () -> env(form.env()));
        List<PortPublish> ports = attempt(errors, Field.PORTS, () -> ports(form.ports()));
        List<String> volumes = attempt(errors, Field.VOLUMES, () -> volumes(form.volumes()));
        Map<String, String> labels = attempt(errors, Field.LABELS, () -> labels(form.labels()));
        String restart = attempt(errors, Field.RESTART, () -> restartPolicy(form.restartPolicy(), form.autoRemove()));
        if (!errors.isEmpty()) {
            return new Result(null, Map.copyOf(errors));
        }
        return new Result(new RunSpec(form.image(), name, command, env, ports, volumes, restart, form.autoRemove(),
                labels), Map.of());
    }

    /** The container name, or null for an engine-chosen one. */
    public static String name(String text) {
        String n = text == null ? "" : text.trim();
        if (n.isEmpty()) {
            return null;
        }
        if (!CONTAINER_NAME.matcher(n).matches()) {
            throw new InvalidInput("A name needs at least 2 characters: letters, digits, _ . or -,"
                    + " starting with a letter or digit.");
        }
        return n.startsWith("/") ? n.substring(1) : n;
    }

    /** Splits a command line like a POSIX shell does for words: quotes group, backslash escapes. */
    public static List<String> command(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new InvalidInput("The command has an unclosed " + (quote == '"' ? "double" : "single") + " quote.");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Environment entries NAME=value, in order. */
    public static List<String> env(String text) {
        List<String> out = new ArrayList<>();
        keyValues(text, "variable", (key, value) -> out.add(key + "=" + value));
        return out;
    }

    /** Labels key=value, in order. */
    public static Map<String, String> labels(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        keyValues(text, "label", out::put);
        return out;
    }

    /** Published ports: host:container[/proto], or container[/proto] for a free host port. */
    public static List<PortPublish> ports(String text) {
        List<PortPublish> out = new ArrayList<>();
        Map<String, Integer> hostPortsSeen = new HashMap<>();
        for (Line line : lines(text)) {
            var m = PORT_LINE.matcher(line.text());
            if (!m.matches()) {
                throw new InvalidInput(line.at() + "write host:container or host:container/udp, such as 8080:80.");
            }
            int host = m.group(1) == null ? 0 : port(line, m.group(1), "host", true);
            int container = port(line, m.group(2), "container", false);
            String proto = m.group(3) == null ? "tcp" : m.group(3).toLowerCase(Locale.ROOT);
            if (!PROTOCOLS.contains(proto)) {
                throw new InvalidInput(line.at() + "the protocol is tcp, udp or sctp, not “" + m.group(3) + "”.");
            }
            if (host > 0) {
                Integer earlier = hostPortsSeen.putIfAbsent(host + "/" + proto, line.number());
                if (earlier != null) {
                    throw new InvalidInput(line.at() + "host port " + host + "/" + proto
                            + " is already published on line " + earlier + ".");
                }
            }
            out.add(new PortPublish(host, container, proto));
        }
        return out;
    }

    /** Volumes: source:/container/path[:ro], where source is an absolute host path or a volume name. */
    public static List<String> volumes(String text) {
        List<String> out = new ArrayList<>();
        for (Line line : lines(text)) {
            String s = line.text();
            // a Windows drive letter's colon is not a separator
            int start = WINDOWS_DRIVE.matcher(s).matches() ? 2 : 0;
            String[] rest = s.substring(start).split(":", -1);
            String source = s.substring(0, start) + rest[0];
            if (rest.length < 2 || rest.length > 3) {
                throw new InvalidInput(line.at() + "write source:/path/in/container, or add :ro for read-only.");
            }
            String target = rest[1];
            if (source.isEmpty()) {
                throw new InvalidInput(line.at() + "the source (a host path or a volume name) is missing.");
            }
            boolean hostPath = source.startsWith("/") || start > 0;
            if (!hostPath && (source.startsWith(".") || source.startsWith("~"))) {
                throw new InvalidInput(line.at() + "use an absolute host path, not “" + source + "”.");
            }
            if (!hostPath && !VOLUME_NAME.matcher(source).matches()) {
                throw new InvalidInput(line.at() + "“" + source + "” is neither an absolute host path nor a volume"
                        + " name (letters, digits, _ . -).");
            }
            if (!target.startsWith("/")) {
                throw new InvalidInput(line.at() + "the container path must be absolute, such as /data.");
            }
            if (rest.length == 3) {
                for (String option : rest[2].split(",", -1)) {
                    if (!VOLUME_OPTIONS.contains(option)) {
                        throw new InvalidInput(line.at() + "unknown option “" + option + "”: use ro or rw.");
                    }
                }
            }
            out.add(s);
        }
        return out;
    }

    /** The restart policy; auto-remove works only with "no", as the engine says. */
    public static String restartPolicy(String policy, boolean autoRemove) {
        String p = policy == null || policy.isBlank() ? "no" : policy.trim();
        if (!RESTART_POLICIES.contains(p)) {
            throw new InvalidInput("The restart policy is one of " + String.join(", ", RESTART_POLICIES) + ".");
        }
        if (autoRemove && !p.equals("no")) {
            throw new InvalidInput("Auto-remove cannot be combined with a restart policy: choose one.");
        }
        return p;
    }

    private static int port(Line line, String digits, String which, boolean zeroAllowed) {
        int p;
        try {
            p = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            p = Integer.MAX_VALUE;
        }
        if (p > 65535 || (p == 0 && !zeroAllowed)) {
            throw new InvalidInput(line.at() + "the " + which + " port must be between 1 and 65535.");
        }
        return p;
    }

    private static void keyValues(String text, String what, java.util.function.BiConsumer<String, String> sink) {
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : lines(text)) {
            int eq = line.text().indexOf('=');
            if (eq < 0) {
                throw new InvalidInput(line.at() + "write " + line.text() + "=value (or " + line.text()
                        + "= for an empty value).");
            }
            String key = line.text().substring(0, eq).trim();
            if (!ENV_KEY.matcher(key).matches()) {
                throw new InvalidInput(line.at() + "the " + what + " name before = is missing or has spaces.");
            }
            Integer earlier = seen.putIfAbsent(key, line.number());
            if (earlier != null) {
                throw new InvalidInput(line.at() + key + " is already set on line " + earlier + ".");
            }
            sink.accept(key, line.text().substring(eq + 1));
        }
    }

    private record Line(int number, String text) {
        String at() {
            return "Line " + number + ": ";
        }
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i].strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(new Line(i + 1, t));
            }
        }
        return out;
    }

    private static <T> T attempt(Map<Field, String> errors, Field field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            errors.put(field, e.getMessage());
            return null;
        }
    }
}
