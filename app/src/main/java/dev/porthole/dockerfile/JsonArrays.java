package dev.porthole.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Reads the JSON form of instruction arguments: an array of strings and nothing else. */
public final class JsonArrays {

    private JsonArrays() {
    }

    /** The strings of {@code text} when it is exactly a JSON array of strings, else null (it is then shell form). */
    public static List<String> parse(String text) {
        int n = text.length();
        int i = skip(text, 0);
        if (i >= n || text.charAt(i) != '[') {
            return null;
        }
        List<String> out = new ArrayList<>();
        i = skip(text, i + 1);
        if (i < n && text.charAt(i) == ']') {
            return skip(text, i + 1) == n ? out : null;
        }
        StringBuilder sb = new StringBuilder();
        while (i < n) {
            if (text.charAt(i) != '"') {
                return null;
            }
            i++;
            sb.setLength(0);
            boolean closed = false;
            while (i < n) {
                char c = text.charAt(i++);
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (i >= n) {
                    return null;
                }
                char e = text.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (i + 4 > n) {
                            return null;
                        }
                        try {
                            sb.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
                        } catch (NumberFormatException ex) {
                            return null;
                        }
                        i += 4;
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (!closed) {
                return null;
            }
            out.add(sb.toString());
            i = skip(text, i);
            if (i < n && text.charAt(i) == ',') {
                i = skip(text, i + 1);
            } else if (i < n && text.charAt(i) == ']') {
                return skip(text, i + 1) == n ? out : null;
            } else {
                return null;
            }
        }
        return null;
    }

    /** The text as a JSON array literal, {@code ["a", "b"]}. */
    public static String format(List<String> elements) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < elements.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(quote(elements.get(k)));
        }
        return sb.append(']').toString();
    }

    /** One JSON string literal. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static int skip(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
