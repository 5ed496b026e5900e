package dev.porthole.ui.logs;

import dev.porthole.logs.AnsiText;
import dev.porthole.logs.StyledSpan;
import dev.porthole.logs.TextStyle;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Insets;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
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
 * One log row of a {@link LogViewport}: local time, container tag (merged view), then the text in its ANSI colours
 * with search matches highlighted. Only rows on screen exist, and the viewport reuses them; a very long line shows
 * its first {@value #SHOWN_CHARS} characters and says how much more there is (double-click shows it whole).
 */
final class LogRow extends Region {

    static final int SHOWN_CHARS = 2_000;
    // pseudo-classes, not style classes: changing a style class makes JavaFX work out the row's CSS anew
    private static final PseudoClass[] ROW_STATES = {PseudoClass.getPseudoClass("stdout"),
            PseudoClass.getPseudoClass("stderr"), PseudoClass.getPseudoClass("status")};
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final LogsModel model;
    private final ZoneId zone = ZoneId.systemDefault();
    private final TextFlow flow = new TextFlow();
    // reused for the common row (plain text, no match): new nodes would each need their CSS worked out
    private final Text time = text("", "log-time");
    private final Text source = text("", "log-source");
    private final Text body = text("", "log-text");
    private final List<Node> wanted = new ArrayList<>(3);
    private int sourceClass;
    private LogLine line;
    private int index = -1;
    private long serial = -1;
    private boolean selected;
    /** Which layout of the viewport last rendered this row. */
    int renderedIn;

    LogRow(LogsModel model) {
        this.model = model;
        getStyleClass().add("log-cell");
        flow.getStyleClass().add("log-flow");
        flow.setManaged(false);
        getChildren().add(flow);
        setManaged(false);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
    }

    /** Shows {@code line}, the {@code index}th shown (buffer serial {@code serial}). */
    void show(LogLine line, int index, long serial, boolean selected) {
        this.line = line;
        this.index = index;
        this.serial = serial;
        for (int i = 0; i < ROW_STATES.length; i++) {
            pseudoClassStateChanged(ROW_STATES[i], line.stream().ordinal() == i);
        }
        setSelected(selected);
        List<Node> nodes = render(line);
        // the same nodes as before: leave the children be (only their text changed)
        if (!flow.getChildren().equals(nodes)) {
            flow.getChildren().setAll(nodes);
            // new nodes need their CSS before they are measured: now, not at the next pulse
            applyCss();
        }
    }

    /** Moves the row to another index, keeping what it shows (lines left the front). */
    void moveTo(int newIndex) {
        index = newIndex;
    }

    void setSelected(boolean now) {
        if (now != selected) {
            selected = now;
            pseudoClassStateChanged(SELECTED, now);
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
        }
    }

    LogLine line() {
        return line;
    }

    int index() {
        return index;
    }

    long serial() {
        return serial;
    }

    /** The row's height when it is {@code width} wide (wrapping only in wrap mode). */
    double heightFor(double width) {
        Insets in = getInsets();
        double h = model.wrap.get() ? flow.prefHeight(Math.max(1, width - in.getLeft() - in.getRight()))
                : flow.prefHeight(-1);
        return snapSizeY(h + in.getTop() + in.getBottom());
    }

    /** How wide the row wants to be without wrapping. */
    double unwrappedWidth() {
        Insets in = getInsets();
        return snapSizeX(flow.prefWidth(-1) + in.getLeft() + in.getRight());
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        flow.resizeRelocate(in.getLeft(), in.getTop(), model.wrap.get() ? w : Math.max(w, flow.prefWidth(-1)), h);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case TEXT -> line == null ? "" : line.plain();
            case INDEX -> index;
            case SELECTED -> selected;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
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
        return at != null && at[0] == index ? at[1] : -1;
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
