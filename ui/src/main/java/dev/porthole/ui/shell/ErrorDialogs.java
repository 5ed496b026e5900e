package dev.porthole.ui.shell;

import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows unexpected errors, one dialog at a time: while it is open, more of the same error only raise its count
 * ("This happened 37 times"), and other errors are counted under it (their details are in the log); after it
 * closes, the same error is only logged for a minute. Node ids for
 * tests: {@code #error-dialog}, {@code #error-message}, {@code #error-count}, {@code #error-details},
 * {@code #error-copy}.
 */
final class ErrorDialogs {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);
    private static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

    private final Path logFile;
    /** Signatures logged with their stack trace while the current dialog is open (or since the last one closed). */
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();
    /** After its dialog closes, the same error only counts in the log for a while: a storm cannot trap the user. */
    private static final long MUTE_NANOS = 60_000_000_000L;
    private Alert open;
    private String openSignature;
    private String mutedSignature;
    private long mutedSince;
    private int sameCount;
    private int otherCount;
    private final Label count = new Label();

    ErrorDialogs(Path logFile) {
        this.logFile = logFile;
        count.setId("error-count");
        count.setWrapText(true);
    }

    /** Counts this error; true when it is the first of its kind since the last dialog closed (log it in full). */
    boolean firstOfItsKind(Throwable error) {
        return seen.merge(signature(error), 1, Integer::sum) == 1;
    }

    /** Shows the error, or counts it under the dialog already open; on the FX thread. */
    void report(Throwable error) {
        String signature = signature(error);
        if (open != null) {
            if (signature.equals(openSignature)) {
                sameCount++;
            } else {
                otherCount++;
            }
            updateCount();
            return;
        }
        if (signature.equals(mutedSignature) && System.nanoTime() - mutedSince < MUTE_NANOS) {
            return;
        }
        openSignature = signature;
        sameCount = 1;
        otherCount = 0;
        updateCount();
        open = dialog(error);
        open.setOnHidden(e -> closed());
        open.show();
    }

    /** The dialog open now, or null. */
    Alert openDialog() {
        return open;
    }

    private void closed() {
        seen.forEach((signature, times) -> {
            if (times > 1) {
                LOG.error("The error {} happened {} more times", signature, times - 1);
            }
        });
        seen.clear();
        open = null;
        mutedSignature = openSignature;
        mutedSince = System.nanoTime();
    }

    private void updateCount() {
        String same = sameCount > 1 ? "This happened " + sameCount + " times. " : "";
        String other = otherCount > 0 ? otherCount + " other unexpected error" + (otherCount == 1 ? "" : "s")
                + " since: see the log. " : "";
        count.setText(same + other);
        count.setVisible(!count.getText().isEmpty());
        count.setManaged(count.isVisible());
    }

    private Alert dialog(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Porthole: unexpected error");
        alert.setHeaderText("Something went wrong");
        alert.setGraphic(Controls.icon(AppIcon.ERROR));
        alert.getDialogPane().setId("error-dialog");
        Label message = new Label(readable(error) + "\n\nPorthole keeps running; what you were doing may not have "
                + "finished. The details are in " + logFile + ".");
        message.setId("error-message");
        message.setWrapText(true);
        message.setMaxWidth(520);
        alert.getDialogPane().setContent(new VBox(10, message, count));
        TextArea details = new TextArea(stackTrace(error));
        details.setId("error-details");
        details.setEditable(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        alert.getButtonTypes().setAll(COPY, ButtonType.CLOSE);
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        copy.setId("error-copy");
        copy.setGraphic(Controls.icon(AppIcon.COPY));
        // copying must not close the dialog
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            e.consume();
        });
        return alert;
    }

    /** "Cannot read the file (NoSuchFileException: /x)": the innermost cause's message, and what kind it is. */
    static String readable(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage();
        String kind = root.getClass().getSimpleName();
        return text == null || text.isBlank() ? "An unexpected " + kind + " happened." : text + " (" + kind + ")";
    }

    /** Same class, message and throwing place: the same error. */
    static String signature(Throwable error) {
        StackTraceElement[] stack = error.getStackTrace();
        return error.getClass().getName() + ": " + Objects.toString(error.getMessage(), "")
                + (stack.length > 0 ? " at " + stack[0] : "");
    }

    static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
