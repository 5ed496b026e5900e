package dev.porthole.ui.editor;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opening and saving editor files: the file choosers and the plain reads and writes. The choosers are a seam
 * so tests can answer them.
 */
public class EditorFiles {

    private Path lastFolder;

    /** Asks for a file to open. */
    public Optional<Path> chooseOpen(Window owner) {
        FileChooser chooser = chooser("Open a Dockerfile");
        File f = chooser.showOpenDialog(owner);
        return remember(f);
    }

    /** Asks where to save, suggesting {@code name}. */
    public Optional<Path> chooseSave(Window owner, String name) {
        FileChooser chooser = chooser("Save as");
        chooser.setInitialFileName(name);
        File f = chooser.showSaveDialog(owner);
        return remember(f);
    }

    /** Reads a file as UTF-8. */
    public String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Writes a file as UTF-8 (creating its folder). */
    public void write(Path file, String text) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Where the next chooser starts. */
    public void rememberFolder(Path folder) {
        lastFolder = folder;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Dockerfiles", "Dockerfile*", "Containerfile*", "*.dockerfile"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        lastFolder = p.getParent();
        return Optional.of(p);
    }
}
