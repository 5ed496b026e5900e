package dev.porthole.ui.learn;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the small part of Markdown the lesson files use: {@code #}-headings, paragraphs, {@code -} and
 * {@code 1.} lists (continued by indented lines), fenced code blocks, {@code `code`} and {@code **bold**}.
 * Anything else shows as plain text.
 */
final class MarkdownView extends VBox {

    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\*([^*\\s][^*]*)\\*");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)(- |\\d+\\. )(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

    MarkdownView(String markdown) {
        getStyleClass().add("markdown");
        setSpacing(8);
        getChildren().setAll(blocks(markdown));
    }

    /** The rendered blocks of {@code markdown}, top to bottom. */
    static List<Node> blocks(String markdown) {
        List<Node> nodes = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        VBox list = null;
        StringBuilder code = null;
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        for (String line : lines) {
            if (code != null) {
                if (line.startsWith("```")) {
                    nodes.add(codeBlock(code.toString()));
                    code = null;
                } else {
                    code.append(code.isEmpty() ? "" : "\n").append(line);
                }
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            Matcher heading = HEADING.matcher(line);
            if (line.startsWith("```")) {
                flush(nodes, paragraph);
                list = null;
                code = new StringBuilder();
            } else if (line.isBlank()) {
                flush(nodes, paragraph);
                list = null;
            } else if (heading.matches()) {
                flush(nodes, paragraph);
                list = null;
                TextFlow h = flow(heading.group(2));
                h.getStyleClass().addAll("md-heading", "md-h" + heading.group(1).length());
                nodes.add(h);
            } else if (bullet.matches()) {
                flush(nodes, paragraph);
                if (list == null) {
                    list = new VBox(4);
                    list.getStyleClass().add("md-list");
                    nodes.add(list);
                }
                String marker = bullet.group(2).strip();
                Label mark = new Label(marker.equals("-") ? "•" : marker);
                mark.getStyleClass().add("md-marker");
                mark.setMinWidth(18);
                TextFlow item = flow(bullet.group(3));
                HBox.setHgrow(item, Priority.ALWAYS);
                HBox row = new HBox(6, mark, item);
                row.getStyleClass().add("md-item");
                list.getChildren().add(row);
            } else if (list != null && line.startsWith("  ")) {
                // an indented line continues the last list item
                HBox last = (HBox) list.getChildren().getLast();
                TextFlow item = (TextFlow) last.getChildren().get(1);
                item.getChildren().add(new Text(" "));
                item.getChildren().addAll(inline(line.strip()));
            } else {
                list = null;
                paragraph.add(line.strip());
            }
        }
        if (code != null) {
            nodes.add(codeBlock(code.toString()));
        }
        flush(nodes, paragraph);
        return nodes;
    }

    /** A code block: monospaced, long lines wrapped so nothing is cut off. */
    static Node codeBlock(String text) {
        Label code = new Label(text);
        code.getStyleClass().add("md-code-block");
        code.setMaxWidth(Double.MAX_VALUE);
        code.setMinHeight(Region.USE_PREF_SIZE);
        code.setWrapText(true);
        return code;
    }

    private static void flush(List<Node> nodes, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            TextFlow p = flow(String.join(" ", paragraph));
            p.getStyleClass().add("md-paragraph");
            nodes.add(p);
            paragraph.clear();
        }
    }

    private static TextFlow flow(String text) {
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(inline(text));
        return flow;
    }

    /** The text runs of one line: plain, {@code code} and bold. */
    static List<Text> inline(String text) {
        List<Text> runs = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                runs.add(run(text.substring(at, m.start()), "md-text"));
            }
            if (m.group(1) != null) {
                runs.add(run(m.group(1), "md-code"));
            } else if (m.group(2) != null) {
                runs.add(run(m.group(2), "md-bold"));
            } else {
                runs.add(run(m.group(3), "md-italic"));
            }
            at = m.end();
        }
        if (at < text.length()) {
            runs.add(run(text.substring(at), "md-text"));
        }
        return runs;
    }

    private static Text run(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
