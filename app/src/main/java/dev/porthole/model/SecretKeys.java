package dev.porthole.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which environment variable and label names look like they hold secrets, so the UI can mask their values.
 * A name is split into words at non-alphanumeric characters and camelCase humps; it looks secret when one word
 * is a secret word ({@code DB_PASSWORD}, {@code GITHUB_TOKEN}, {@code com.example.api-key}, {@code apiKey}), so
 * that a word merely containing one ({@code MONKEY}, {@code AUTHOR}) does not.
 */
public final class SecretKeys {

    /** What a masked value shows. */
    public static final String MASK = "••••••";

    private static final Set<String> SECRET_WORDS = Set.of(
            "PASSWORD", "PASSWD", "PASS", "PASSPHRASE",
            "SECRET", "TOKEN", "KEY", "APIKEY", "ACCESSKEY", "SECRETKEY", "PRIVATEKEY",
            "CREDENTIAL", "CRED", "CREDS", "AUTH", "OAUTH", "PRIVATE");

    /** Long enough to count even inside a word (DBPASSWORD, MYSQLPASSWD). */
    private static final Set<String> SECRET_INFIXES = Set.of("PASSWORD", "PASSWD", "PASSPHRASE");

    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");

    private SecretKeys() {
    }

    /** Whether a variable or label with this name probably holds a secret. */
    public static boolean looksSecret(String key) {
        if (key == null || key.isBlank()) {
            return false;
        }
        for (String word : WORD_BREAK.split(key)) {
            String w = word.toUpperCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (SECRET_WORDS.contains(w)
                    || (w.endsWith("S") && SECRET_WORDS.contains(w.substring(0, w.length() - 1)))) {
                return true;
            }
            for (String infix : SECRET_INFIXES) {
                if (w.contains(infix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value to show: {@link #MASK} when the key looks secret and is not revealed, else the value. */
    public static String display(String key, String value, boolean revealed) {
        return !revealed && looksSecret(key) ? MASK : value;
    }

    /**
     * Masks, in an engine's inspect JSON, the values of secret-looking entries of every {@code "Env"} array
     * ({@code "NAME=value"} strings) and every {@code "Labels"} object. Everything else, layout included, is kept.
     */
    public static String maskInspectJson(String json) {
        if (json == null || json.isEmpty()) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        Deque<Frame> stack = new ArrayDeque<>();
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            Frame top = stack.peek();
            switch (c) {
                case '{', '[' -> {
                    String name = top != null && !top.array ? top.key : null;
                    stack.push(new Frame(c == '[', name));
                    out.append(c);
                    i++;
                }
                case '}', ']' -> {
                    stack.poll();
                    out.append(c);
                    i++;
                }
                case ',' -> {
                    if (top != null && !top.array) {
                        top.expectKey = true;
                    }
                    out.append(c);
                    i++;
                }
                case '"' -> {
                    int end = endOfString(json, i);
                    String literal = json.substring(i, end);
                    if (top != null && !top.array && top.expectKey) {
                        top.key = unescape(literal);
                        top.expectKey = false;
                        out.append(literal);
                    } else {
                        out.append(maskValue(top, literal));
                    }
                    i = end;
                }
                default -> {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    private static String maskValue(Frame top, String literal) {
        if (top == null) {
            return literal;
        }
        if (!top.array && "Labels".equals(top.name) && looksSecret(top.key)) {
            return "\"" + MASK + "\"";
        }
        if (top.array && "Env".equals(top.name)) {
            String entry = unescape(literal);
            int eq = entry.indexOf('=');
            if (eq > 0 && looksSecret(entry.substring(0, eq))) {
                // the name part of the literal is unchanged: find its '=' in the raw text
                int rawEq = literal.indexOf('=');
                return literal.substring(0, rawEq + 1) + MASK + "\"";
            }
        }
        return literal;
    }

    /** Index just past the closing quote of the string literal starting at {@code start}. */
    private static int endOfString(String s, int start) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** The text of a JSON string literal (quotes included in {@code literal}). */
    private static String unescape(String literal) {
        int end = literal.length() > 1 && literal.endsWith("\"") ? literal.length() - 1 : literal.length();
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < end; i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= end) {
                sb.append(c);
                continue;
            }
            char n = literal.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (i + 4 < end) {
                        sb.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }

    /** One open object or array: the member name it is the value of, and (objects) the current member. */
    private static final class Frame {
        final boolean array;
        final String name;
        String key;
        boolean expectKey;

        Frame(boolean array, String name) {
            this.array = array;
            this.name = name;
            this.expectKey = !array;
        }
    }
}
