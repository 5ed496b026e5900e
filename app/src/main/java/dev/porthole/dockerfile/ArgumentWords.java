package dev.porthole.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits instruction arguments into words the way the builder does for FROM, COPY, ENV and the like: at
 * whitespace outside quotes, with quotes removed and the escape character escaping the next character.
 */
final class ArgumentWords {

    private ArgumentWords() {
    }

    static List<Word> split(MappedText args, char escape) {
        String s = args.text();
        int n = s.length();
        List<Word> words = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            value.setLength(0);
            char quote = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (quote == 0 && Character.isWhitespace(c)) {
                    break;
                }
                if (c == escape && quote != '\'' && i + 1 < n) {
                    value.append(s.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (c == quote) {
                    quote = 0;
                } else {
                    value.append(c);
                }
                i++;
            }
            words.add(new Word(value.toString(), start, i, args.sourceRange(start, i)));
        }
        return words;
    }

    /** Words for JSON-form arguments: each element, all pointing at the whole array. */
    static List<Word> ofJson(List<String> elements, MappedText args) {
        TextRange all = args.sourceRange();
        return elements.stream().map(e -> new Word(e, 0, args.length(), all)).toList();
    }
}
