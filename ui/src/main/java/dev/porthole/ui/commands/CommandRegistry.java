package dev.porthole.ui.commands;

import dev.porthole.ui.shell.Page;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every command of the window in one place: "Go to" each page, the app's own commands, and the actions the page
 * shown now offers on its selection ({@link Page#commands()}). The palette, the menu bar and the shortcuts list
 * read from here.
 */
public final class CommandRegistry {

    /** A command the palette found, with how well it matched. */
    public record Found(Command command, FuzzyMatch match) {
    }

    private final List<Page> pages;
    private final ObservableValue<String> currentPage;
    private final List<Command> goTo;
    private final List<Command> app = new ArrayList<>();

    /**
     * @param pages       the pages in sidebar order
     * @param currentPage the id of the page shown
     * @param showPage    shows a page by id
     */
    public CommandRegistry(List<Page> pages, ObservableValue<String> currentPage, Consumer<String> showPage) {
        this.pages = List.copyOf(pages);
        this.currentPage = currentPage;
        List<Command> go = new ArrayList<>();
        for (int i = 0; i < this.pages.size(); i++) {
            Page page = this.pages.get(i);
            go.add(Command.of("go." + page.id(), "Go to " + page.title(), Command.Category.PAGE,
                    () -> showPage.accept(page.id())).withIcon(page.icon()).withShortcut(pageShortcut(i)));
        }
        this.goTo = List.copyOf(go);
    }

    /** Shortcut+1…9 for the first nine pages, else null. */
    public static KeyCombination pageShortcut(int index) {
        return index < 9
                ? new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (index + 1)), KeyCombination.SHORTCUT_DOWN)
                : null;
    }

    /** Adds the app's own commands (preferences, theme, help…). */
    public void addApp(List<Command> commands) {
        app.addAll(commands);
    }

    /** "Go to …" for every page, in sidebar order. */
    public List<Command> goTo() {
        return goTo;
    }

    /** The app's own commands. */
    public List<Command> app() {
        return List.copyOf(app);
    }

    /** The actions of the page shown now. */
    public List<Command> currentActions() {
        return page(currentPage.getValue()).map(Page::commands).orElse(List.of());
    }

    /** The actions of one page. */
    public List<Command> actionsOf(String pageId) {
        return page(pageId).map(Page::commands).orElse(List.of());
    }

    /** What can be asked for now: the current page's actions, the pages, the app's commands. */
    public List<Command> available() {
        List<Command> all = new ArrayList<>(currentActions());
        all.addAll(goTo);
        all.addAll(app);
        return all;
    }

    /** Every command grouped for the shortcuts list: "General", "Pages", then each page's actions by its title. */
    public java.util.Map<String, List<Command>> sections() {
        java.util.Map<String, List<Command>> sections = new java.util.LinkedHashMap<>();
        sections.put("General", app());
        sections.put("Pages", goTo);
        for (Page p : pages) {
            if (!p.commands().isEmpty()) {
                sections.put(p.title(), p.commands());
            }
        }
        return sections;
    }

    /** Every command of every page, for the shortcuts list. */
    public List<Command> everything() {
        List<Command> all = new ArrayList<>(goTo);
        all.addAll(app);
        pages.forEach(p -> all.addAll(p.commands()));
        return all;
    }

    /**
     * The available commands matching {@code query}, best first: by score, then enabled before disabled, then in
     * the order {@link #available()} lists them. An empty query lists them all in that order.
     */
    public List<Found> search(String query) {
        List<Command> candidates = available();
        List<Found> found = new ArrayList<>();
        for (Command c : candidates) {
            FuzzyMatch.of(query == null ? "" : query, c.name()).ifPresent(m -> found.add(new Found(c, m)));
        }
        found.sort(Comparator.comparingInt((Found f) -> -f.match().score())
                .thenComparing(f -> !f.command().isEnabled())
                .thenComparingInt(f -> candidates.indexOf(f.command())));
        return found;
    }

    /** The available command with this id. */
    public Optional<Command> find(String id) {
        return available().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private Optional<Page> page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
