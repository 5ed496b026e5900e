package dev.porthole.ui.images;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.controls.TableKeys;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.ui.shell.Navigator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final ImagesModel model;
    private final EngineList<ImageRow> list;
    private final Navigator navigator;
    private final RegistryDialogs registries;
    private final ImagesTable table = new ImagesTable();
    private final ImageDetailsPane details;
    private final SplitPane split = new SplitPane();
    private final CustomTextField filter = new CustomTextField();
    private final Label count = new Label();
    private final Message problem = new Message();
    private final RemoveImageFlow removeFlow;
    private final BooleanBinding noTarget;
    private final RowAction remove;
    private final RowAction push;
    private final RowAction history;
    private final List<RowAction> actions;
    private final List<Command> commands;
    static final KeyCombination REFRESH_KEY = new KeyCodeCombination(KeyCode.F5);
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
        this.commands = commands();
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("images-page");
        getStylesheets().add(STYLESHEET);

        Label title = new Label("Images");
        title.getStyleClass().add(Styles.TITLE_3);
        count.setId("image-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);

        filter.setId("image-filter");
        filter.setPromptText("Filter by repository, tag or id");
        filter.setLeft(Controls.icon(AppIcon.SEARCH));
        filter.setPrefWidth(300);
        filter.textProperty().bindBidirectional(list.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button refresh = new Button(null, Controls.icon(AppIcon.REFRESH));
        refresh.setId("image-refresh");
        refresh.setTooltip(new Tooltip("Reload the list (" + REFRESH_KEY.getDisplayText() + ")"));
        refresh.setAccessibleText("Refresh images");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.disableProperty().bind(list.loadingProperty());
        refresh.setOnAction(e -> list.refresh());
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
        Region headingGrow = new Region();
        HBox.setHgrow(headingGrow, Priority.ALWAYS);
        // registry actions sit by the title: the row below is full with the actions on the selected image
        HBox heading = new HBox(10, title, count, headingGrow, pull, button(push), signIn);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("image-heading");
        HBox toolbar = new HBox(6, filter, grow);
        for (RowAction a : actions) {
            if (a == push) {
                continue;
            }
            Button b = button(a);
            if (a == remove) {
                b.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
            }
            toolbar.getChildren().add(b);
        }
        toolbar.getChildren().add(refresh);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("image-toolbar");
        toolbar.setId("image-toolbar");

        problem.setId("image-error");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setGraphic(Controls.icon(AppIcon.ERROR));
        problem.setOnClose(e -> list.clearProblem());
        problem.setVisible(false);
        problem.setManaged(false);

        VBox top = new VBox(10, heading, toolbar, problem);
        top.getStyleClass().add("images-top");
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
        list.problemProperty().addListener((obs, old, p) -> {
            problem.setTitle(p == null ? null : p.title());
            problem.setDescription(p == null ? null : p.detail());
            problem.setVisible(p != null);
            problem.setManaged(p != null);
        });
        count.textProperty().bind(Bindings.createStringBinding(this::countText,
                list.rows(), list.visibleRows(), list.staleProperty(), list.loadingProperty()));
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(placeholderText()),
                list.rows(), list.filterProperty(), list.loadingProperty(), list.staleProperty()));
        list.staleProperty().addListener((obs, o, stale) -> table.pseudoClassStateChanged(STALE, stale));
        table.pseudoClassStateChanged(STALE, list.staleProperty().get());
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
        all.add(Command.action("image.filter", "Filter images", () -> {
            filter.requestFocus();
            filter.selectAll();
        }).withIcon(AppIcon.SEARCH).withShortcut(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)));
        all.add(Command.action("image.refresh", "Refresh images", list::refresh).withIcon(AppIcon.REFRESH)
                .withShortcut(REFRESH_KEY));
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
