package dev.porthole.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of a {@code .dockerignore}, matched the way the builder matches them: Go-style globs with
 * {@code **}, a {@code !} line re-including what an earlier line excluded, the last matching line deciding, and a
 * pattern that matches a folder excluding everything under it.
 */
public final class DockerIgnore {

    private record Rule(Pattern pattern, boolean exclude) {
    }

    private final List<Rule> rules;
    private final boolean hasExceptions;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.hasExceptions = rules.stream().anyMatch(r -> !r.exclude());
    }

    /** Nothing ignored. */
    public static DockerIgnore none() {
        return new DockerIgnore(List.of());
    }

    /** Parses the text of a {@code .dockerignore}: one pattern a line, {@code #} comments, blank lines skipped. */
    public static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exclude = true;
            if (line.startsWith("!")) {
                exclude = false;
                line = line.substring(1).strip();
            }
            String clean = clean(line);
            if (!clean.isEmpty()) {
                rules.add(new Rule(Pattern.compile(regex(clean)), exclude));
            }
        }
        return new DockerIgnore(rules);
    }

    /** Whether the context-relative path ({@code /}-separated) is left out of the context. */
    public boolean isIgnored(String path) {
        String p = clean(path);
        boolean ignored = false;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), p)) {
                ignored = rule.exclude();
            }
        }
        return ignored;
    }

    /** Whether a whole ignored folder may be skipped unread: only when no {@code !} line could re-include inside. */
    public boolean canSkipFolder(String path) {
        return !hasExceptions && isIgnored(path);
    }

    /** The pattern matches the path or one of its parent folders. */
    private static boolean matches(Pattern pattern, String path) {
        if (pattern.matcher(path).matches()) {
            return true;
        }
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (pattern.matcher(path.substring(0, slash)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Like Go's filepath.Clean on a relative path: no leading {@code /} or {@code ./}, no empty or {@code .} parts. */
    private static String clean(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
                continue;
            }
            parts.add(part);
        }
        return String.join("/", parts);
    }

    /** A glob as a regex: {@code **} any folders, {@code *} and {@code ?} within one name, classes kept. */
    private static String regex(String glob) {
        StringBuilder sb = new StringBuilder();
        int n = glob.length();
        for (int i = 0; i < n; i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < n && glob.charAt(i + 1) == '*') {
                    i++;
                    if (i + 1 < n && glob.charAt(i + 1) == '/') {
                        i++;
                        sb.append("(?:.*/)?");
                    } else {
                        sb.append(".*");
                    }
                } else {
                    sb.append("[^/]*");
                }
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 1);
                if (close < 0) {
                    sb.append("\\[");
                } else {
                    String cls = glob.substring(i + 1, close).replace("\\", "\\\\");
                    sb.append('[').append(cls.startsWith("^") ? cls : cls).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < n) {
                sb.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
