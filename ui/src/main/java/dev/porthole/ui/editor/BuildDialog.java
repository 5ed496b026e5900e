package dev.porthole.ui.editor;

import atlantafx.base.theme.Styles;
import dev.porthole.build.BuildContext;
import dev.porthole.build.BuildRequest;
import dev.porthole.dockerfile.Dockerfile;
import dev.porthole.dockerfile.Stage;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Asks what to build: the context folder (the Dockerfile's folder by default), tag, build arguments and target
 * stage. The context is scanned when the folder is set, and its size shown before anything is sent. Node ids:
 * {@code #build-context}, {@code #build-tag}, {@code #build-args}, {@code #build-target}, {@code #build-size},
 * {@code #build-start}.
 */
final class BuildDialog extends Dialog<BuildRequest> {

    private final BuildModel model;
    private final Path dockerfile;
    private final TextField folder = new TextField();
    private final TextField tag = new TextField();
    private final TextArea args = new TextArea();
    private final ComboBox<String> target = new ComboBox<>();
    private final Label size = new Label();
    private final Button start;
    private BuildContext context;

    BuildDialog(BuildModel model, Path dockerfile, Dockerfile parsed, Window owner) {
        this.model = model;
        this.dockerfile = dockerfile;
        setTitle("Build an image");
        setHeaderText("Build " + dockerfile.getFileName() + " into an image");
        if (owner != null) {
            initOwner(owner);
        }
        getDialogPane().setId("build-dialog");
        folder.setId("build-context");
        folder.setText(dockerfile.getParent().toString());
        folder.setOnAction(e -> rescan());
        folder.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                rescan();
            }
        });
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setInitialDirectory(new File(folder.getText()));
            File f = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                folder.setText(f.getPath());
                rescan();
            }
        });
        tag.setId("build-tag");
        String base = dockerfile.getParent().getFileName() == null ? "image"
                : dockerfile.getParent().getFileName().toString().toLowerCase().replaceAll("[^a-z0-9._-]", "-");
        // a tag of its own: "name:latest" could replace an image of the same name pulled from a registry
        tag.setText(base + ":dev");
        args.setId("build-args");
        args.setPromptText("NAME=value, one a line");
        args.setPrefRowCount(3);
        target.setId("build-target");
        target.setEditable(true);
        target.setPromptText("the last stage");
        for (Stage s : parsed.stages()) {
            if (s.name() != null) {
                target.getItems().add(s.name());
            }
        }
        size.setId("build-size");
        size.getStyleClass().add(Styles.TEXT_MUTED);
        size.setWrapText(true);
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Context folder"), folderRow);
        grid.addRow(1, new Label(""), size);
        grid.addRow(2, new Label("Tag"), tag);
        grid.addRow(3, new Label("Build arguments"), args);
        grid.addRow(4, new Label("Target stage"), target);
        grid.setPrefWidth(600);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        getDialogPane().setContent(grid);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        ButtonType build = new ButtonType("Build", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, build);
        start = (Button) getDialogPane().lookupButton(build);
        start.setId("build-start");
        start.setDisable(true);
        setResultConverter(type -> type == build && context != null ? request() : null);
        rescan();
    }

    private void rescan() {
        Path dir = Path.of(folder.getText().strip());
        if (context != null && context.folder().equals(dir.toAbsolutePath().normalize())) {
            return;
        }
        context = null;
        start.setDisable(true);
        size.setText("Reading the context…");
        String relative;
        try {
            relative = dir.toAbsolutePath().normalize().relativize(dockerfile.toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            size.setText("The Dockerfile must be inside the context folder.");
            return;
        }
        if (relative.startsWith("..")) {
            size.setText("The Dockerfile must be inside the context folder.");
            return;
        }
        model.scan(dir, relative, scanned -> {
            context = scanned;
            size.setText(scanned.fileCount() + " files, " + Sizes.bytes(scanned.size())
                    + " will be sent to the engine (after .dockerignore).");
            start.setDisable(false);
        }, failure -> size.setText("Cannot read the context: " + failure.getMessage()));
    }

    private BuildRequest request() {
        Map<String, String> buildArgs = new LinkedHashMap<>();
        for (String line : args.getText().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int eq = l.indexOf('=');
            buildArgs.put(eq < 0 ? l : l.substring(0, eq), eq < 0 ? "" : l.substring(eq + 1));
        }
        String t = target.getEditor().getText() == null ? "" : target.getEditor().getText();
        return new BuildRequest(context, tag.getText(), buildArgs, t, Map.of());
    }
}
