package dev.porthole.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * One open file's state: where it lives (null until first saved), whether it has unsaved changes, and the id its
 * recovery copy is stored under. The text itself lives in the tab's {@link CodeEditor}.
 */
public final class EditorDocument {

    private final String id;
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final String untitledName;
    private final StringBinding title;

    public EditorDocument(Path path, String untitledName) {
        this(UUID.randomUUID().toString(), path, untitledName);
    }

    EditorDocument(String id, Path path, String untitledName) {
        this.id = id;
        this.path.set(path);
        this.untitledName = untitledName;
        this.title = Bindings.createStringBinding(() -> (dirty.get() ? "● " : "") + name(), this.path, dirty);
    }

    /** Stable id of this document for its recovery copy. */
    public String id() {
        return id;
    }

    /** The file, or null for an unsaved new document. */
    public ObjectProperty<Path> pathProperty() {
        return path;
    }

    /** Whether the text differs from what was last saved or loaded. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The file name, or the untitled name. */
    public String name() {
        Path p = path.get();
        return p == null || p.getFileName() == null ? untitledName : p.getFileName().toString();
    }

    /** The tab title: the name, with a dot in front while unsaved. */
    public StringBinding titleProperty() {
        return title;
    }

    /** Whether this is a Dockerfile (highlighted and linted) rather than another file such as .dockerignore. */
    public boolean isDockerfile() {
        return isDockerfileName(name());
    }

    /** Dockerfile, Containerfile, Dockerfile.dev, app.dockerfile… are; .dockerignore and the rest are not. */
    public static boolean isDockerfileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("dockerfile") || n.startsWith("containerfile") || n.endsWith(".dockerfile")
                || n.endsWith(".containerfile");
    }
}
