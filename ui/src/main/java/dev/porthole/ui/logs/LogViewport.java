package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The log's lines on screen: a virtualised viewport over {@link ShownLines} that lays out only the rows in view
 * and reuses them, so its work per frame depends on the window's height, never on how many lines are held (a
 * list view's flow walks every row's size as the list changes, which at 100,000 rows stalled frames).
 * <p>
 * The position is kept by line, not by pixel: the top line (by serial, so it stays put while older lines leave
 * the buffer) and how far it is scrolled out of view. Rows may then differ in height (wrap mode) without measuring
 * the lines off screen. Anchored to the end (following), the last line sits on the bottom edge and the rows are
 * laid out upwards from it.
 */
final class LogViewport extends Region {

    /** The height of a row without wrap: rows of one height need no measuring. */
    static final double ROW_HEIGHT = 20;
    /** While following, the rows are filled at most this often (a flood changes every row every frame). */
    private static final long FLOOD_FILL_NANOS = 40_000_000L;

    private final LogsModel model;
    private final ShownLines lines;
    private final LogSelection selection;
    private final Pane sheet = new Pane();
    private final Rectangle clip = new Rectangle();
    private final LogScrollBars bars;
    private final Label placeholder = new Label("No log lines yet");
    /** The rows laid out last, by the serial of the line each shows. */
    private Map<Long, LogRow> placed = new HashMap<>();
    private final LogRowPool pool;
    private final List<LogRow> inView = new ArrayList<>();

    private boolean anchoredEnd = true;
    /** The top line's serial while not anchored, and how many pixels of it are above the view. */
    private long topSerial = -1;
    private double topOffset;
    private double hOffset;
    /** Set when what rows show changed (timestamps, search, wrap, lines reordered): every row renders afresh. */
    private boolean dirty;
    /** Counts layouts, so a row renders at most once in each. */
    private int layouts;
    private int lastFullyShown = -1;
    /** When the rows were last filled, and at what size. */
    private long lastFill;
    private double filledWidth;
    private double filledHeight;
    private double widestRow;

    LogViewport(LogsModel model, ShownLines lines) {
        this.model = model;
        this.lines = lines;
        this.selection = new LogSelection(lines);
        this.pool = new LogRowPool(model, sheet);
        setId("log-list");
        getStyleClass().add("log-list");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        sheet.getStyleClass().add("log-sheet");
        sheet.setManaged(false);
        sheet.setClip(clip);
        bars = new LogScrollBars(this::scrollToPosition, left -> {
            hOffset = left;
            requestLayout();
        });
        placeholder.setManaged(false);
        placeholder.getStyleClass().add("log-placeholder");
        getChildren().addAll(sheet, bars.vertical, bars.horizontal, placeholder);

        lines.addListener(this::linesChanged);
        LogViewportInput input = new LogViewportInput(this, lines, selection);
        addEventHandler(ScrollEvent.SCROLL, input::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, input::keyPressed);
        sheet.addEventHandler(MouseEvent.MOUSE_PRESSED, input::pressed);
        sheet.addEventHandler(MouseEvent.MOUSE_DRAGGED, input::dragged);
    }

    /** Keeps the newest line on the bottom edge as lines come (following). */
    void scrollToEnd() {
        anchoredEnd = true;
        requestLayout();
    }

    /** Shows the line at {@code index} a few rows below the top, and stops anchoring to the end. */
    void reveal(int index) {
        if (index >= 0 && index < lines.size()) {
            anchoredEnd = false;
            topSerial = lines.serialAt(Math.max(0, index - 3));
            topOffset = 0;
            requestLayout();
        }
    }

    /** Selects only the line at {@code index} and shows it. */
    void selectAndReveal(int index) {
        if (index >= 0 && index < lines.size()) {
            selection.select(index);
            reveal(index);
            refreshSelection();
        }
    }

    /** Renders every row in view afresh at the next layout (what a row shows changed). */
    void redraw() {
        dirty = true;
        requestLayout();
    }

    /** The selected lines, oldest first (empty when none). */
    List<LogLine> selectedLines() {
        return selection.lines();
    }

    /** The line last clicked or moved to, or null. */
    LogLine selectedLine() {
        return selection.leadLine();
    }

    /** Whether the newest line is wholly on screen (after settling any pending layout). */
    boolean atEnd() {
        if (anchoredEnd) {
            return true;
        }
        layout();
        return lines.isEmpty() || lastFullyShown >= lines.size() - 1;
    }

    private void linesChanged(ListChangeListener.Change<? extends LogLine> c) {
        // appending and dropping the oldest keep every line's serial; anything else may move lines under rows
        while (c.next()) {
            if (c.wasReplaced() || c.wasPermutated() || c.wasUpdated()
                    || c.wasRemoved() && (c.getFrom() != 0 || lines.isEmpty())
                    || c.wasAdded() && c.getTo() != lines.size()) {
                dirty = true;
            }
        }
        requestLayout();
    }

    private void scrollToPosition(double position) {
        int n = lines.size();
        if (n == 0) {
            return;
        }
        if (position >= bars.endPosition()) {
            anchoredEnd = true;
        } else {
            anchoredEnd = false;
            int top = (int) Math.clamp(Math.floor(position), 0, n - 1);
            topSerial = lines.serialAt(top);
            topOffset = (position - top) * ROW_HEIGHT;
        }
        requestLayout();
    }

    /** Moves the view by {@code pixels} (up when negative). */
    void scrollByPixels(double pixels) {
        if (lines.isEmpty() || pixels == 0) {
            return;
        }
        if (anchoredEnd) {
            if (pixels > 0) {
                return;
            }
            anchoredEnd = false;
            topSerial = inView.isEmpty() ? lines.serialAt(0) : inView.getFirst().serial();
            topOffset = inView.isEmpty() ? 0 : -inView.getFirst().getLayoutY();
        }
        topOffset += pixels;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        long now = System.nanoTime();
        if (anchoredEnd && !dirty && !inView.isEmpty() && getWidth() == filledWidth && getHeight() == filledHeight
                && now - lastFill < FLOOD_FILL_NANOS) {
            // following a flood: the rows move at most 25 times a second; the frames between only take lines in
            Platform.runLater(this::requestLayout);
            return;
        }
        lastFill = now;
        filledWidth = getWidth();
        filledHeight = getHeight();
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double width = getWidth() - x0 - snappedRightInset();
        double height = getHeight() - y0 - snappedBottomInset();
        boolean showV = bars.vertical.isVisible();
        double barW = bars.vertical.prefWidth(-1);
        double barH = bars.horizontal.prefHeight(-1);
        double viewH = Math.max(0, height - (bars.horizontal.isVisible() ? barH : 0));
        layouts++;
        for (int pass = 0; pass < 2; pass++) {
            boolean fits = layoutRows(Math.max(0, width - (showV ? barW : 0)), viewH);
            if (fits != showV) {
                break;
            }
            // everything fits: no bar; more than fits: a bar, and the rows laid out again narrower
            showV = !fits;
        }
        dirty = false;
        bars.vertical.setVisible(showV);
        double viewW = Math.max(0, width - (showV ? barW : 0));
        sheet.resizeRelocate(x0, y0, viewW, viewH);
        clip.setWidth(viewW);
        clip.setHeight(viewH);
        bars.vertical.resizeRelocate(x0 + viewW, y0, barW, viewH);
        boolean wantH = !model.wrap.get() && widestRow > viewW + 0.5;
        if (wantH != bars.horizontal.isVisible()) {
            bars.horizontal.setVisible(wantH);
            requestLayout();
        }
        bars.horizontal.resizeRelocate(x0, y0 + viewH, viewW, barH);
        placeholder.setVisible(lines.isEmpty());
        double pw = placeholder.prefWidth(-1);
        double ph = placeholder.prefHeight(-1);
        placeholder.resizeRelocate(x0 + (width - pw) / 2, y0 + (height - ph) / 2, pw, ph);
        syncBars(viewW, viewH);
    }

    /** Lays out the rows in view; returns whether every line fits without scrolling. */
    private boolean layoutRows(double viewW, double viewH) {
        Map<Long, LogRow> before = placed;
        placed = new HashMap<>();
        inView.clear();
        widestRow = 0;
        lastFullyShown = -1;
        int n = lines.size();
        freeRowsOutside(before, viewH);
        boolean fits = true;
        if (n > 0) {
            int top = anchoredEnd ? -1 : topIndex();
            fits = top < 0 ? fromBottom(before, viewW, viewH) : fromTop(before, top, viewW, viewH);
        }
        before.values().forEach(pool::free);
        pool.hideFreed();
        if (n == 0) {
            pool.prepare((int) Math.ceil(viewH / ROW_HEIGHT) + 1);
        }
        hOffset = Math.clamp(hOffset, 0, Math.max(0, widestRow - viewW));
        if (!model.wrap.get()) {
            for (LogRow row : inView) {
                row.setLayoutX(-hOffset);
            }
        }
        return fits;
    }

    /** Frees, still visible, the rows whose lines will surely be out of view (see {@link LogRowPool}). */
    private void freeRowsOutside(Map<Long, LogRow> before, double viewH) {
        int n = lines.size();
        if (n == 0 || before.isEmpty()) {
            return;
        }
        int rows = (int) Math.ceil(viewH / ROW_HEIGHT) + 2;
        int from;
        int to;
        if (anchoredEnd) {
            to = n - 1;
            from = Math.max(0, n - rows);
        } else {
            from = Math.clamp(lines.indexAtOrAfter(topSerial) - 2, 0, n - 1);
            to = Math.min(n - 1, from + rows + 2);
        }
        long first = lines.serialAt(from);
        long last = lines.serialAt(to);
        var it = before.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey() < first || e.getKey() > last) {
                pool.free(e.getValue());
                it.remove();
            }
        }
    }

    /** The top line's index, after moving by whole rows out of {@code topOffset}; -1 to anchor at the end. */
    private int topIndex() {
        int n = lines.size();
        int top = lines.indexAtOrAfter(topSerial);
        if (top >= n) {
            return -1;
        }
        if (lines.serialAt(top) != topSerial) {
            topOffset = 0; // the top line left the buffer: the oldest held is the top now
        }
        return top;
    }

    private boolean fromTop(Map<Long, LogRow> before, int top, double viewW, double viewH) {
        int n = lines.size();
        // scrolled up past the top line: bring in the lines above it
        while (topOffset < 0 && top > 0) {
            top--;
            topOffset += rowFor(before, top, viewW).getHeight();
        }
        topOffset = Math.max(0, topOffset);
        // scrolled down past it: skip whole rows
        while (top < n - 1) {
            LogRow row = rowFor(before, top, viewW);
            if (topOffset < row.getHeight()) {
                break;
            }
            topOffset -= row.getHeight();
            top++;
        }
        double y = -topOffset;
        int i = top;
        while (i < n && y < viewH) {
            LogRow row = place(before, i, viewW, y);
            y += row.getHeight();
            if (y <= viewH + 0.5) {
                lastFullyShown = i;
            }
            i++;
        }
        if (i == n && y < viewH) {
            // the end came into view with room below it: rest the last line on the bottom edge instead
            unplace(before);
            anchoredEnd = true;
            return fromBottom(before, viewW, viewH);
        }
        topSerial = lines.serialAt(top);
        return top == 0 && topOffset == 0 && i == n;
    }

    private boolean fromBottom(Map<Long, LogRow> before, double viewW, double viewH) {
        int n = lines.size();
        double y = viewH;
        int i = n - 1;
        while (i >= 0 && y > 0) {
            LogRow row = place(before, i, viewW, 0);
            y -= row.getHeight();
            row.setLayoutY(y);
            i--;
        }
        lastFullyShown = n - 1;
        inView.sort((a, b) -> Integer.compare(a.index(), b.index()));
        if (i < 0 && y >= 0) {
            // fewer lines than rows: they start at the top
            for (LogRow row : inView) {
                row.setLayoutY(row.getLayoutY() - y);
            }
            topSerial = lines.serialAt(0);
            topOffset = 0;
            return true;
        }
        topSerial = inView.getFirst().serial();
        topOffset = -y;
        return false;
    }

    /** Puts the rows laid out so far back to be reused. */
    private void unplace(Map<Long, LogRow> before) {
        before.putAll(placed);
        placed.clear();
        inView.clear();
        widestRow = 0;
        lastFullyShown = -1;
    }

    private LogRow place(Map<Long, LogRow> before, int index, double viewW, double y) {
        LogRow row = rowFor(before, index, viewW);
        before.remove(row.serial());
        placed.put(row.serial(), row);
        inView.add(row);
        row.setLayoutY(y);
        return row;
    }

    /** The row for the line at {@code index}, rendered and sized: the same row as last layout when it can be. */
    private LogRow rowFor(Map<Long, LogRow> before, int index, double viewW) {
        long serial = lines.serialAt(index);
        LogRow row = placed.get(serial);
        if (row != null) {
            return row;
        }
        row = before.get(serial);
        boolean wrap = model.wrap.get();
        if (row != null && (!dirty || row.renderedIn == layouts)) {
            row.moveTo(index);
        } else {
            if (row == null) {
                row = pool.take();
                before.put(serial, row);
            }
            row.show(lines.get(index), index, serial, selection.contains(serial));
            row.renderedIn = layouts;
        }
        row.setSelected(selection.contains(serial));
        row.setVisible(true);
        double unwrapped = wrap ? viewW : row.unwrappedWidth();
        double w = wrap ? viewW : Math.max(viewW, unwrapped);
        double h = wrap ? Math.max(ROW_HEIGHT, row.heightFor(viewW)) : ROW_HEIGHT;
        if (row.getWidth() != w || row.getHeight() != h) {
            row.resize(w, h);
        }
        row.layout();
        widestRow = Math.max(widestRow, unwrapped);
        return row;
    }

    private void syncBars(double viewW, double viewH) {
        LogRow first = inView.isEmpty() ? null : inView.getFirst();
        double top = first == null ? 0 : first.index() - first.getLayoutY() / ROW_HEIGHT;
        bars.show(lines.size(), Math.max(1, viewH / ROW_HEIGHT), top, anchoredEnd, widestRow, viewW, hOffset);
    }

    /** Moves the view sideways by {@code pixels} (no wrap only). */
    void scrollSideways(double pixels) {
        if (!model.wrap.get()) {
            hOffset += pixels;
            requestLayout();
        }
    }

    boolean wraps() {
        return model.wrap.get();
    }

    /** The rows on screen, top first. */
    List<LogRow> rowsInView() {
        return inView;
    }

    /** The height of the lines' area. */
    double linesHeight() {
        return sheet.getHeight();
    }

    void refreshSelection() {
        for (LogRow row : inView) {
            row.setSelected(selection.contains(row.serial()));
        }
        notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED_ITEMS);
        notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
    }

    /** Scrolls as little as needed to show the line at {@code index} whole. */
    void keepInView(int index) {
        if (index == lines.size() - 1) {
            scrollToEnd();
            return;
        }
        int first = inView.isEmpty() ? 0 : inView.getFirst().index();
        int rows = Math.max(1, (int) (sheet.getHeight() / ROW_HEIGHT));
        if (index <= first || anchoredEnd && index < lines.size() - rows) {
            anchoredEnd = false;
            topSerial = lines.serialAt(index);
            topOffset = 0;
        } else if (index > lastFullyShown) {
            anchoredEnd = false;
            topSerial = lines.serialAt(Math.max(0, index - rows + 1));
            topOffset = 0;
        }
        requestLayout();
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case ITEM_COUNT -> lines.size();
            case ITEM_AT_INDEX -> {
                int index = (Integer) parameters[0];
                yield inView.stream().filter(r -> r.index() == index).findFirst().orElse(null);
            }
            case FOCUS_ITEM -> {
                int lead = selection.leadIndex();
                yield inView.stream().filter(r -> r.index() == lead).findFirst().orElse(null);
            }
            case SELECTED_ITEMS -> inView.stream().filter(r -> selection.contains(r.serial())).toList();
            case MULTIPLE_SELECTION -> true;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }
}
