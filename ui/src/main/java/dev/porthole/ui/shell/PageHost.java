package dev.porthole.ui.shell;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shows the current page. Pages that need an engine give way to the {@link NoEnginePane} while none was ever
 * found. While the engine is gone after a drop, the visible engine page's view carries the {@code :stale}
 * pseudo-class: its last data stays on screen, and its stylesheet decides how "out of date" looks.
 */
public final class PageHost extends StackPane {

    /** Set on an engine page's view while its data may be out of date. */
    public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final ShellModel model;
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Set<String> enginePages;
    private final NoEnginePane noEnginePane;
    private Page shown;

    public PageHost(ShellModel model, List<Page> pages, Set<String> enginePages, NoEnginePane noEnginePane) {
        this.model = model;
        this.enginePages = Set.copyOf(enginePages);
        this.noEnginePane = noEnginePane;
        pages.forEach(p -> this.pages.put(p.id(), p));
        getStyleClass().add("page-host");
        setId("page-host");
        model.currentPageProperty().addListener((obs, was, now) -> render());
        model.noEngineProperty().addListener((obs, was, now) -> render());
        model.staleProperty().addListener((obs, was, now) -> markStale());
        render();
    }

    /** Whether a page with this id exists. */
    public boolean hasPage(String id) {
        return pages.containsKey(id);
    }

    private boolean isEnginePage(Page page) {
        return page != null && enginePages.contains(page.id());
    }

    private void render() {
        Page page = pages.get(model.currentPageProperty().get());
        boolean covered = isEnginePage(page) && model.noEngineProperty().get();
        Page visible = covered ? null : page;
        if (visible != shown && shown != null) {
            shown.onHide();
        }
        Node node = covered ? noEnginePane : page == null ? null : page.view();
        if (node == null) {
            getChildren().forEach(old -> old.pseudoClassStateChanged(STALE, false));
            getChildren().clear();
        } else if (getChildren().size() != 1 || getChildren().getFirst() != node) {
            getChildren().forEach(old -> old.pseudoClassStateChanged(STALE, false));
            getChildren().setAll(node);
        }
        Page previous = shown;
        shown = visible;
        if (visible != null && visible != previous) {
            visible.onShow();
        }
        markStale();
    }

    /** Marks the visible engine page stale or not; a page leaving the host was unmarked in {@link #render}. */
    private void markStale() {
        if (!getChildren().isEmpty()) {
            getChildren().getFirst().pseudoClassStateChanged(STALE,
                    model.staleProperty().get() && isEnginePage(shown));
        }
    }

    /** Tells the visible page it is hidden (the window is closing). */
    public void hideCurrent() {
        if (shown != null) {
            shown.onHide();
            shown = null;
        }
    }
}
