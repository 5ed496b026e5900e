package dev.porthole.ui.layers;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.layers.Analysis;
import dev.porthole.layers.ArchiveFileSource;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.controls.Controls;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The layers page: a source picker (engine image or archive file, also by drag and drop), progress with cancel,
 * then the layer list with its size bars, the efficiency and compare panels, and the selected layer's files.
 */
final class LayersView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            LayersView.class.getResource("/dev/porthole/ui/layers/layers.css")).toExternalForm();

    private final LayersModel model;
    private final ComboBox<EngineImage> images = new ComboBox<>();
    private final Label imageName = new Label();
    private final LayerTable layers = new LayerTable();
    private final FileTreePane files;
    private final EfficiencyPanel efficiency;
    private final ComparePanel compare;
    private final Message problem = new Message();
    private final HBox progressRow = new HBox(8);
    private final StackPane body = new StackPane();
    private final VBox empty = new VBox(8);
    private final SplitPane content = new SplitPane();

    private final Command inspectCommand;
    private final Command openCommand;
    private final Command cancelCommand;

    LayersView(LayersModel model) {
        inspectCommand = Command.action("layers.inspect", "Inspect layers of the chosen image",
                        () -> model.openImage(images.getValue().reference()))
                .withIcon(AppIcon.LAYER)
                .enabledWhen(images.valueProperty().isNull().or(model.busyProperty()).not(),
                        () -> model.busyProperty().get() ? "An image is being read" : "Pick an engine image first");
        openCommand = Command.action("layers.open-archive", "Open image archive…",
                        () -> chooseArchive(src -> model.open(src)))
                .withIcon(AppIcon.FILE_OPEN)
                .withShortcut(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN))
                .enabledWhen(model.busyProperty().not(), () -> "An image is being read");
        cancelCommand = Command.action("layers.cancel", "Cancel reading the image", model::cancel)
                .withIcon(AppIcon.CANCEL).enabledWhen(model.busyProperty(), () -> "Nothing is being read");
        this.model = model;
        this.files = new FileTreePane(model.tree());
        this.efficiency = new EfficiencyPanel((layer, path) -> model.tree().reveal(layer, path));
        this.compare = new ComparePanel(model, () -> chooseArchive(model::compareWith));
        createView();
        initListeners();
    }

    /** The page's commands (palette, menu bar): the same ones its buttons run. */
    List<Command> commands() {
        return List.of(inspectCommand, openCommand, cancelCommand);
    }

    private void createView() {
        setId("page-layers");
        getStyleClass().add("layers-page");
        getStylesheets().addAll(Controls.STYLESHEET, STYLESHEET);

        Label title = new Label("Layers");
        title.getStyleClass().add(Styles.TITLE_3);
        imageName.setId("layers-image-name");
        imageName.getStyleClass().add(Styles.TEXT_MUTED);
        HBox heading = new HBox(10, title, imageName);
        heading.setAlignment(Pos.BASELINE_LEFT);

        images.setId("layers-image-choice");
        images.setPromptText("Pick an engine image");
        images.setPrefWidth(320);
        images.setItems(model.engineImages());
        images.valueProperty().bindBidirectional(model.chosenImageProperty());
        Button inspect = new Button("Inspect", Controls.icon(AppIcon.LAYER));
        inspect.setId("layers-inspect");
        inspect.setTooltip(new Tooltip("Read this image from the engine and show its layers"));
        inspect.disableProperty().bind(Bindings.not(inspectCommand.enabled()));
        inspect.setOnAction(e -> inspectCommand.run());
        Button open = new Button("Open archive…", Controls.icon(AppIcon.FILE_OPEN));
        open.setId("layers-open-archive");
        open.setTooltip(new Tooltip("Open an image archive (docker save, OCI layout); no engine needed"));
        open.disableProperty().bind(Bindings.not(openCommand.enabled()));
        open.setOnAction(e -> openCommand.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label or = new Label("or");
        or.getStyleClass().add(Styles.TEXT_MUTED);
        HBox sources = new HBox(8, images, inspect, or, open, grow);
        sources.setAlignment(Pos.CENTER_LEFT);
        sources.setId("layers-sources");

        ProgressBar bar = new ProgressBar();
        bar.setId("layers-progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("layers-progress-text");
        progressText.textProperty().bind(model.progressTextProperty());
        Button cancel = new Button("Cancel", Controls.icon(AppIcon.CANCEL));
        cancel.setId("layers-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> cancelCommand.run());
        progressRow.getChildren().setAll(bar, progressText, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.setId("layers-progress-row");
        progressRow.visibleProperty().bind(model.busyProperty());
        progressRow.managedProperty().bind(model.busyProperty());

        problem.setId("layers-error");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setGraphic(Controls.icon(AppIcon.ERROR));
        problem.setTitle("This image cannot be shown");
        problem.setOnClose(e -> model.clearProblem());
        problem.setVisible(false);
        problem.setManaged(false);

        VBox top = new VBox(10, heading, sources, progressRow, problem);
        top.getStyleClass().add("layers-top");
        setTop(top);

        TabPane tabs = new TabPane(new Tab("Efficiency", efficiency), new Tab("Compare", compare));
        tabs.setId("layers-tabs");
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.getTabs().get(0).setGraphic(Controls.icon(AppIcon.EFFICIENCY));
        tabs.getTabs().get(1).setGraphic(Controls.icon(AppIcon.COMPARE));
        SplitPane left = new SplitPane(layers, tabs);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.42);
        content.getItems().setAll(left, files);
        content.setDividerPositions(0.5);
        content.getStyleClass().add("layers-split");

        Label drop = new Label("Open an image to see its layers", Controls.icon(AppIcon.LAYER));
        drop.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Pick one the engine has, open an image archive (docker save or OCI layout), "
                + "or drop a .tar file here. Archives need no engine.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        empty.getChildren().setAll(drop, hint);
        empty.setId("layers-empty");
        empty.getStyleClass().add("layers-empty");
        empty.setAlignment(Pos.CENTER);
        empty.setMaxSize(520, 200);
        body.getChildren().setAll(empty);
        setCenter(body);
    }

    private void initListeners() {
        model.problemProperty().addListener((obs, old, p) -> {
            problem.setDescription(p);
            problem.setVisible(p != null);
            problem.setManaged(p != null);
        });
        model.analysisProperty().addListener((obs, old, a) -> showAnalysis(a));
        layers.getSelectionModel().selectedItemProperty().addListener((obs, o, layer) -> {
            if (layer != null) {
                model.tree().layerProperty().set(layer.index());
            }
        });
        model.tree().layerProperty().addListener((obs, o, index) -> {
            int i = index.intValue();
            if (i >= 0 && i < layers.getItems().size() && layers.getSelectionModel().getSelectedIndex() != i) {
                layers.getSelectionModel().select(i);
                layers.scrollTo(i);
            }
        });
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop"), false));
        setOnDragDropped(this::dropped);
    }

    private void showAnalysis(Analysis a) {
        efficiency.show(a);
        if (a == null) {
            layers.getItems().clear();
            imageName.setText("");
            body.getChildren().setAll(empty);
            return;
        }
        imageName.setText(a.image() + (a.tag() != null && !a.image().equals(a.tag()) ? "  (" + a.tag() + ")" : "")
                + " · " + a.layers().size() + (a.layers().size() == 1 ? " layer · " : " layers · ")
                + LayersFormat.bytes(a.sizeBytes()));
        layers.show(a.layers());
        int selected = model.tree().layerProperty().get();
        if (selected >= 0 && selected < a.layers().size()) {
            layers.getSelectionModel().select(selected);
        }
        body.getChildren().setAll(content);
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !model.busyProperty().get()) {
            e.acceptTransferModes(TransferMode.COPY);
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop"), true);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            File file = e.getDragboard().getFiles().getFirst();
            if (file.isFile()) {
                model.openArchive(file.toPath());
                done = true;
            } else {
                model.report(file + " is not a file. Drop an image archive (.tar), as docker save writes it.");
            }
        }
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop"), false);
        e.setDropCompleted(done);
        e.consume();
    }

    private void chooseArchive(Consumer<ArchiveFileSource> then) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an image archive");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Image archives", "*.tar", "*.tar.gz", "*.tgz", "*.tar.zst"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            then.accept(new ArchiveFileSource(Path.of(file.getPath())));
        }
    }

    LayerTable layers() {
        return layers;
    }

    FileTreePane files() {
        return files;
    }

    EfficiencyPanel efficiency() {
        return efficiency;
    }

    ComparePanel compare() {
        return compare;
    }
}
