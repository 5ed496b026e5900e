package dev.porthole.ui.logs;

import dev.porthole.logs.AnsiText;
import dev.porthole.logs.StyledSpan;
import dev.porthole.logs.TextStyle;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One log row: local time, container tag (merged view), then the text in its ANSI colours with search matches
 * highlighted. Only rows on screen exist; a very long line shows its first {@value #SHOWN_CHARS} characters and
 * says how much more there is (double-click shows it whole).
 */
final class LogCell extends ListCell<LogLine> {

    static final int SHOWN_CHARS = 2_000;
    // pseudo-classes, not style classes: changing a style class makes JavaFX work out the row's CSS anew
    private static final PseudoClass[] ROW_STATES = {PseudoClass.getPseudoClass("stdout"),
            PseudoClass.getPseudoClass("stderr"), PseudoClass.getPseudoClass("status")};

    private final LogsModel model;
    private final ZoneId zone = ZoneId.systemDefault();
    private final TextFlow flow = new TextFlow();
    // reused for the common row (plain text, no match): new nodes would each need their CSS worked out
    private final Text time = text("", "log-time");
    private final Text source = text("", "log-source");
    private final Text body = text("", "log-text");
    private final List<Node> wanted = new ArrayList<>(3);
    private int sourceClass;

    LogCell(LogsModel model) {
        this.model = model;
        getStyleClass().add("log-cell");
        flow.getStyleClass().add("log-flow");
        setText(null);
    }

    @Override
    protected void updateItem(LogLine line, boolean empty) {
        super.updateItem(line, empty);
        for (int i = 0; i < ROW_STATES.length; i++) {
            pseudoClassStateChanged(ROW_STATES[i], !empty && line != null && line.stream().ordinal() == i);
        }
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        boolean wrap = model.wrap.get();
        setPrefWidth(wrap ? 0 : Region.USE_COMPUTED_SIZE);
        List<Node> nodes = render(line);
        // the same nodes as before: leave the children be (only their text changed)
        if (!flow.getChildren().equals(nodes)) {
            flow.getChildren().setAll(nodes);
        }
        if (getGraphic() != flow) {
            setGraphic(flow);
        }
    }

    private List<Node> render(LogLine line) {
        List<Node> nodes = wanted;
        nodes.clear();
        if (model.timestamps.get()) {
            time.setText(LogFormat.time(line.timeNanos(), zone) + "  ");
            nodes.add(time);
        }
        if (model.merged()) {
            source.setText(line.source() + " │ ");
            int index = sourceIndex(line.source());
            if (index != sourceClass) {
                source.getStyleClass().remove("log-source-" + sourceClass);
                source.getStyleClass().add("log-source-" + index);
                sourceClass = index;
            }
            nodes.add(source);
        }
        int[] hits = hits(line);
        if (line.stream() != LogStream.STATUS && !line.styled() && hits.length == 0
                && line.text().length() <= SHOWN_CHARS) {
            body.setText(LogFormat.visible(line.text()));
            nodes.add(body);
            return nodes;
        }
        nodes = new ArrayList<>(nodes);
        if (line.stream() == LogStream.STATUS) {
            nodes.add(text("— " + line.plain() + " —", "log-status-text"));
            return nodes;
        }
        // cut before parsing: a megabyte line must not cost a megabyte of work per row shown
        String raw = line.text().length() > SHOWN_CHARS * 4 ? line.text().substring(0, SHOWN_CHARS * 4) : line.text();
        List<StyledSpan> spans = line.styled() ? AnsiText.spans(raw)
                : List.of(new StyledSpan(raw, TextStyle.PLAIN));
        int current = currentOrdinal();
        int pos = 0;
        int hit = 0;
        for (StyledSpan span : spans) {
            String s = span.text();
            int start = 0;
            while (start < s.length() && pos + start < SHOWN_CHARS) {
                int abs = pos + start;
                while (hit < hits.length && hits[hit + 1] <= abs) {
                    hit += 2;
                }
                boolean inHit = hit < hits.length && hits[hit] <= abs;
                int boundary = inHit ? hits[hit + 1] : hit < hits.length ? hits[hit] : Integer.MAX_VALUE;
                int end = Math.min(s.length(), Math.min(SHOWN_CHARS, boundary) - pos);
                String piece = LogFormat.visible(s.substring(start, end));
                nodes.add(inHit ? match(piece, hit / 2 == current) : styled(piece, span.style()));
                start = end;
            }
            pos += s.length();
        }
        int length = line.plain().length();
        if (length > SHOWN_CHARS) {
            nodes.add(text(String.format(Locale.ROOT, "  … %,d more characters (double-click to see the whole line)",
                    length - SHOWN_CHARS), "log-more"));
        }
        return nodes;
    }

    /** Match ranges in the plain text as {start, end, start, end…}, only those that start on screen. */
    private int[] hits(LogLine line) {
        Pattern p = model.pattern.get();
        if (p == null) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(line.plain());
        while (m.find() && m.start() < SHOWN_CHARS) {
            if (m.end() > m.start()) {
                out.add(m.start());
                out.add(m.end());
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int currentOrdinal() {
        int[] at = model.currentMatchPosition();
        return at != null && at[0] == getIndex() ? at[1] : -1;
    }

    private int sourceIndex(String source) {
        List<LogsModel.Target> targets = model.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).name().equals(source)) {
                return i % 8 + 1;
            }
        }
        return 1;
    }

    private static Text text(String s, String... classes) {
        Text t = new Text(s);
        t.getStyleClass().addAll(classes);
        return t;
    }

    private static Node match(String s, boolean current) {
        Label l = new Label(s);
        l.getStyleClass().addAll("log-match", current ? "log-match-current" : "log-match-other");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Node styled(String s, TextStyle style) {
        if (style.isPlain()) {
            return text(s, "log-text");
        }
        int fg = style.has(TextStyle.INVERSE) ? style.background() : style.foreground();
        int bg = style.has(TextStyle.INVERSE) ? style.foreground() : style.background();
        // only default-coloured text takes the row's colour (stderr); ANSI colours win over it
        Text t = text(s, fg == TextStyle.DEFAULT ? "log-text" : "log-span");
        colour(t, fg, "ansi-fg-", style.has(TextStyle.BOLD));
        if (style.has(TextStyle.BOLD)) {
            t.getStyleClass().add("ansi-bold");
        }
        if (style.has(TextStyle.ITALIC)) {
            t.getStyleClass().add("ansi-italic");
        }
        if (style.has(TextStyle.DIM)) {
            t.setOpacity(0.6);
        }
        t.setUnderline(style.has(TextStyle.UNDERLINE));
        t.setStrikethrough(style.has(TextStyle.STRIKE));
        if (bg == TextStyle.DEFAULT && !style.has(TextStyle.INVERSE)) {
            return t;
        }
        // Text has no background: a label carries it
        Label l = new Label(s);
        l.getStyleClass().addAll(fg == TextStyle.DEFAULT ? "log-text" : "log-span", "ansi-bg");
        t.getStyleClass().stream().filter(c -> c.startsWith("ansi-")).forEach(l.getStyleClass()::add);
        StringBuilder inline = new StringBuilder();
        if (bg == TextStyle.DEFAULT) {
            l.getStyleClass().add("ansi-bg-inverse");
        } else if (bg < 16) {
            l.getStyleClass().add("ansi-bg-" + bg);
        } else {
            inline.append("-fx-background-color: ").append(web(TextStyle.rgbOf(bg))).append(';');
        }
        if (fg != TextStyle.DEFAULT && fg >= 16) {
            inline.append("-fx-text-fill: ").append(web(TextStyle.rgbOf(fg))).append(';');
        }
        l.setStyle(inline.toString());
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The 16 theme colours by class (CSS maps them to the theme); 256-palette and truecolor as data. */
    private static void colour(Text t, int colour, String prefix, boolean bold) {
        if (colour == TextStyle.DEFAULT) {
            return;
        }
        if (colour < 16) {
            // bold brightens the first eight, as terminals do
            t.getStyleClass().add(prefix + (bold && colour < 8 ? colour + 8 : colour));
        } else {
            // inline, as stylesheet rules would override a plain setFill
            t.setStyle("-fx-fill: " + web(TextStyle.rgbOf(colour)) + ";");
        }
    }

    private static String web(int rgb) {
        return String.format("#%06x", rgb);
    }
}
