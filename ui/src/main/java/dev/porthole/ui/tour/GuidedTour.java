package dev.porthole.ui.tour;

import dev.porthole.ui.shell.MainWindow;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The guided tour of the real window: dims it, cuts out the control being explained, and walks page by page
 * with Back / Next / Skip (arrow keys and Esc too). After every layout pass it finds its target again, so it
 * follows resizes, theme changes and pages whose content changes underneath (an engine appearing). Call on the
 * FX thread, once the window is in a scene.
 */
public final class GuidedTour {

    private static final Logger LOG = LoggerFactory.getLogger(GuidedTour.class);
    /** Room between the target and the edge of the cut-out. */
    private static final double PAD = 6;

    private enum Mode { OFF, CARD, TOUR }

    private final MainWindow window;
    private final List<TourStep> route;
    private final TourText words;
    private final TourOverlay overlay = new TourOverlay();
    private final TourCallout callout;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final Runnable follow = this::follow;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private Mode mode = Mode.OFF;
    private List<TourStep> steps = List.of();
    private int index;
    private Scene scene;
    private Pane host;
    private String pageBefore;
    private Runnable onEscape;
    private TourStep.Spot spot;
    private Node target;

    /** The standard tour of this window, in the default locale's words. */
    public GuidedTour(MainWindow window) {
        this(window, TourSteps.standard(), TourText.load());
    }

    GuidedTour(MainWindow window, List<TourStep> route, TourText words) {
        this.window = window;
        this.route = List.copyOf(route);
        this.words = words;
        this.callout = new TourCallout(words, this::back, this::next, this::skip);
    }

    /** Starts the tour at its first step (again from the start if it was running). */
    public void start() {
        if (!attach()) {
            return;
        }
        // a page this window does not have (a build without it) is left out, and not counted in "3 of 9"
        steps = route.stream().filter(s -> s.page() == null || window.hasPage(s.page())).toList();
        if (mode != Mode.TOUR) {
            pageBefore = window.currentPage();
        }
        mode = Mode.TOUR;
        onEscape = null;
        overlay.setCard(callout);
        running.set(true);
        go(0);
    }

    /** The next step, or the end after the last. */
    public void next() {
        if (mode != Mode.TOUR) {
            return;
        }
        if (index + 1 < steps.size()) {
            go(index + 1);
        } else {
            end();
        }
    }

    /** The step before, if any. */
    public void back() {
        if (mode == Mode.TOUR && index > 0) {
            go(index - 1);
        }
    }

    /** Ends the tour now and goes back to the page the user was on when it started. */
    public void skip() {
        if (mode != Mode.TOUR) {
            return;
        }
        String page = pageBefore;
        end();
        if (page != null) {
            window.showPage(page);
        }
    }

    /** Whether the tour is showing. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    // --- for the welcome and tests

    /** Shows a card (the welcome) centred over the dimmed window; Esc runs {@code escape}. */
    void showCard(Node card, Runnable escape) {
        if (!attach()) {
            return;
        }
        mode = Mode.CARD;
        running.set(false);
        onEscape = escape;
        spot = null;
        target = null;
        overlay.setHole(null);
        overlay.setCard(card);
        host.requestLayout();
    }

    /** Takes the card away (the tour, if started from it, stays). */
    void hideCard() {
        if (mode == Mode.CARD) {
            end();
        }
    }

    int stepIndex() {
        return index;
    }

    int stepCount() {
        return steps.size();
    }

    TourStep step() {
        return mode == Mode.TOUR ? steps.get(index) : null;
    }

    /** The control the callout points at now, or null. */
    Node target() {
        return target;
    }

    /** The spot (and so the text) chosen for this step. */
    TourStep.Spot spot() {
        return spot;
    }

    TourOverlay overlay() {
        return overlay;
    }

    /** Finds the target and lays out the overlay now, as after a layout pass (tests measure its cost). */
    void refresh() {
        follow();
    }

    // --- the work

    private boolean attach() {
        Scene s = window.getScene();
        if (s == null) {
            LOG.warn("The guided tour needs the main window on screen");
            return false;
        }
        if (scene == s) {
            return true;
        }
        scene = s;
        // over the whole scene (a menu bar above the window included), as an unmanaged child laid out here
        host = s.getRoot() instanceof Pane p ? p : window;
        host.getChildren().add(overlay);
        s.addPostLayoutPulseListener(follow);
        s.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        return true;
    }

    private void end() {
        mode = Mode.OFF;
        running.set(false);
        if (scene != null) {
            scene.removePostLayoutPulseListener(follow);
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            host.getChildren().remove(overlay);
        }
        overlay.setCard(null);
        scene = null;
        host = null;
        spot = null;
        target = null;
        onEscape = null;
    }

    private void go(int i) {
        index = i;
        TourStep step = steps.get(i);
        if (step.page() != null) {
            window.showPage(step.page());
        }
        spot = null;
        target = null;
        follow();
        callout.focusNext();
        host.requestLayout();
    }

    /** After every layout pass: the overlay takes the window's size, and the cut-out finds its target. */
    private void follow() {
        if (host == null) {
            return;
        }
        Bounds area = host.getLayoutBounds();
        if (overlay.getWidth() != area.getWidth() || overlay.getHeight() != area.getHeight()) {
            overlay.resizeRelocate(0, 0, area.getWidth(), area.getHeight());
        }
        if (mode == Mode.TOUR) {
            point(steps.get(index));
        }
        overlay.layout();
    }

    private void point(TourStep step) {
        Bounds area = new BoundingBox(0, 0, overlay.getWidth(), overlay.getHeight());
        TourStep.Spot found = step.spots().getLast();
        Node node = null;
        for (TourStep.Spot s : step.spots()) {
            Node candidate = scene.lookup(s.selector());
            if (candidate != null && TourTargets.shows(candidate, overlay, area)) {
                found = s;
                node = candidate;
                break;
            }
        }
        if (found != spot) {
            spot = found;
            callout.show(words.title(found), words.text(found), index, steps.size());
        }
        target = node;
        overlay.setHole(node == null ? null : TourTargets.hole(node, overlay, area, PAD));
    }

    private void onKey(KeyEvent e) {
        switch (mode) {
            case CARD -> {
                if (e.getCode() == KeyCode.ESCAPE && onEscape != null) {
                    e.consume();
                    onEscape.run();
                }
            }
            case TOUR -> {
                switch (e.getCode()) {
                    case ESCAPE -> skip();
                    case RIGHT, PAGE_DOWN -> next();
                    case LEFT, PAGE_UP -> back();
                    default -> {
                        return;
                    }
                }
                e.consume();
            }
            case OFF -> {
            }
        }
    }
}
