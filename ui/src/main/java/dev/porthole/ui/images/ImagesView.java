package dev.porthole.ui.images;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.controls.TableKeys;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.ui.lists.ListPageTop;
import dev.porthole.ui.shell.Navigator;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The images page: a filter and the actions above a table of images (one row per tag), and a side pane with the
 * selected image's history or inspect JSON. Every engine call goes through {@link ImagesModel}.
 */
final class ImagesView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            ImagesView.class.getResource("/dev/porthole/ui/images/images.css")).toExternalForm();

    private final ImagesModel model;
    private final EngineList<ImageRow> list;
    private final Navigator navigator;
    private final RegistryDialogs registries;
    private final ImagesTable table = new ImagesTable();
    private final ImageDetailsPane details;
    private final SplitPane split = new SplitPane();
    private final RemoveImageFlow removeFlow;
    private final BooleanBinding noTarget;
    private final RowAction remove;
    private final RowAction push;
    private final RowAction history;
    private final List<RowAction> actions;
    private final List<Command> commands;
    private ListPageTop top;
    /** The last row the user selected (image id and reference), to select again after a refresh. */
    private String selectedKey;

    ImagesView(ImagesModel model, Navigator navigator, RegistryDialogs registries) {
        this.model = model;
        this.list = model.list();
        this.navigator = navigator;
        this.registries = registries;
        this.details = new ImageDetailsPane(model, this::closeDetails);
        this.removeFlow = new RemoveImageFlow(model, this::window);
        this.noTarget = table.getSelectionModel().selectedItemProperty().isNull().or(list.staleProperty());
        RowAction layers = new RowAction("image-layers", "Inspect layers", AppIcon.LAYER,
                "Explore this image's layers and files", shift(KeyCode.L), row -> navigator.showLayers(row.target()));
        this.remove = new RowAction("image-remove", "Remove…", AppIcon.REMOVE, "Remove this tag or image",
                new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN), removeFlow::start);
        this.push = new RowAction("image-push", "Push…", AppIcon.PUSH, "Push this image to a registry",
                shift(KeyCode.P), row -> registries.push(row, window()));
        this.history = new RowAction("image-history", "History", AppIcon.HISTORY, "Show the build steps",
                shift(KeyCode.H), this::history);
        this.actions = List.of(
                new RowAction("image-run", "Run…", AppIcon.RUN, "Run a container from this image", shift(KeyCode.U),
                        this::run),
                new RowAction("image-tag", "Tag…", AppIcon.TAG, "Add a tag to this image", shift(KeyCode.G),
                        this::tag),
                push,
                history,
                new RowAction("image-inspect", "Inspect", AppIcon.INSPECT, "Show the inspect JSON",
                        new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::inspect),
                layers, remove);
        createView();
        initListeners();
        this.commands = commands();
    }

    private void createView() {
        getStyleClass().addAll("images-page", Controls.LIST_PAGE);
        getStylesheets().addAll(Controls.STYLESHEET, STYLESHEET);

        Button pull = new Button("Pull", Controls.icon(AppIcon.PULL));
        pull.setId("image-pull");
        pull.setTooltip(new Tooltip("Pull an image from a registry…"));
        pull.setOnAction(e -> registries.pull(window()));
        Button signIn = new Button(null, Controls.icon(AppIcon.REGISTRY));
        signIn.setId("image-registries");
        signIn.setTooltip(new Tooltip("Registries: sign in and out…"));
        signIn.setAccessibleText("Registries: sign in and out");
        signIn.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        signIn.setOnAction(e -> registries.signIn(window()));
        List<Button> rowButtons = new ArrayList<>();
        for (RowAction a : actions) {
            if (a == push) {
                continue;
            }
            Button b = button(a);
            if (a == remove) {
                b.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
            }
            rowButtons.add(b);
        }
        top = new ListPageTop(list, table, "image", "Images", "Filter by repository, tag or id", this::countText,
                this::placeholderText, rowButtons.toArray(Button[]::new));
        // registry actions sit by the title: the row below is full with the actions on the selected image
        top.addToHeading(pull, button(push), signIn);
        setTop(top);

        SortedList<ImageRow> sorted = new SortedList<>(list.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setContextMenu(contextMenu());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && selected() != null && !list.staleProperty().get()) {
                removeFlow.start(selected());
            }
        });
        // Enter: the history, as a double click; the menu key: the row's actions
        TableKeys.install(table, () -> history(selected()));
        table.setRowFactory(t -> {
            TableRow<ImageRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    history(row.getItem());
                }
            });
            return row;
        });
        split.getItems().setAll(table);
        split.getStyleClass().add("images-split");
        setCenter(split);
    }

    private void initListeners() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null) {
                selectedKey = key(row);
            }
            if (split.getItems().contains(details)) {
                details.follow(row);
            }
        });
        // a refresh replaces the rows: keep the user's row selected when it is still there
        list.rows().addListener((ListChangeListener<ImageRow>) change -> {
            if (selected() == null && selectedKey != null) {
                table.getItems().stream().filter(r -> key(r).equals(selectedKey)).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
    }

    private String countText() {
        long images = list.rows().stream().map(r -> r.image().id()).distinct().count();
        String text = images + (images == 1 ? " image" : " images");
        if (list.visibleRows().size() != list.rows().size()) {
            text = list.visibleRows().size() + " of " + list.rows().size() + " tags shown · " + text;
        }
        return list.staleProperty().get() && !list.rows().isEmpty() ? text + " · not current" : text;
    }

    private String placeholderText() {
        if (list.rows().isEmpty()) {
            if (list.loadingProperty().get()) {
                return "Loading images…";
            }
            if (list.staleProperty().get()) {
                return "Waiting for the engine…";
            }
            return "No images yet. Build one, pull one, or load one from a file.";
        }
        return "No image matches “" + list.filterProperty().get().trim() + "”.";
    }

    /**
     * One action on the selected row, defined once for its toolbar button, its context menu item and its command.
     *
     * @param label "Run…": the menu's words; the button drops the dots
     */
    private record RowAction(String id, String label, AppIcon icon, String tip, KeyCombination key,
                             Consumer<ImageRow> action) {
    }

    private static KeyCombination shift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    /** A toolbar button acting on the selected row; disabled without one or while the list is stale. */
    private Button button(RowAction a) {
        Button b = new Button(a.label().replace("…", ""), Controls.icon(a.icon()));
        b.setId(a.id());
        b.setTooltip(new Tooltip(a.tip() + (a.label().endsWith("…") ? "…" : "") + " ("
                + a.key().getDisplayText() + ")"));
        b.setOnAction(e -> a.action().accept(selected()));
        b.disableProperty().bind(noTarget);
        return b;
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (RowAction a : actions) {
            if (a == history || a == remove) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(a.label(), Controls.icon(a.icon()));
            item.disableProperty().bind(noTarget);
            item.setOnAction(e -> a.action().accept(selected()));
            menu.getItems().add(item);
        }
        menu.setId("image-menu");
        return menu;
    }

    /** The row actions, the filter and refresh as commands for the palette and the menu bar. */
    private List<Command> commands() {
        List<Command> all = new ArrayList<>();
        for (RowAction a : actions) {
            String name = switch (a.id()) {
                case "image-layers" -> "Inspect image layers";
                case "image-history" -> "Image history";
                default -> a.label().replace("…", "") + " image" + (a.label().endsWith("…") ? "…" : "");
            };
            all.add(Command.action("image." + a.id().substring("image-".length()), name,
                            () -> {
                                if (selected() != null) {
                                    a.action().accept(selected());
                                }
                            })
                    .withIcon(a.icon()).withShortcut(a.key())
                    .enabledWhen(noTarget.not(), () -> list.staleProperty().get()
                            ? "The engine is not connected" : "Select an image first"));
        }
        all.addAll(top.listCommands("image", "images"));
        return List.copyOf(all);
    }

    /** The page's commands. */
    List<Command> pageCommands() {
        return commands;
    }

    private void run(ImageRow row) {
        new RunDialog(model, row, window(), navigator::showContainer).open();
    }

    private void tag(ImageRow row) {
        new TagDialog(model, row, window()).ask();
    }

    private void history(ImageRow row) {
        details.showHistory(row);
        openDetails();
    }

    private void inspect(ImageRow row) {
        details.showInspect(row);
        openDetails();
    }

    private void openDetails() {
        if (!split.getItems().contains(details)) {
            split.getItems().add(details);
            split.setDividerPositions(0.52);
        }
    }

    private void closeDetails() {
        split.getItems().remove(details);
    }

    private static String key(ImageRow row) {
        return row.image().id() + " " + row.reference();
    }

    private ImageRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** The table, for the page to select rows in. */
    ImagesTable table() {
        return table;
    }
}
