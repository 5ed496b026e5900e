package dev.porthole.ui.exec;

import atlantafx.base.theme.Styles;
import dev.porthole.engine.ExecSession;
import dev.porthole.ui.shell.TaskRunner;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * One terminal session on screen: the process's output through a {@link TerminalBuffer} into a read-only
 * RichTextFX area, keys typed sent to the process (Ctrl+C as \u0003), and the size sent on resize. Output from
 * the session's thread is gathered and drawn in one FX task per pulse at most.
 */
public final class ExecConsole extends BorderPane implements AutoCloseable {

    /** Output waiting for the FX thread beyond this is dropped (a flood the view cannot keep up with). */
    static final int MAX_PENDING_BYTES = 4 * 1024 * 1024;

    private final TerminalBuffer buffer = new TerminalBuffer();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label status = new Label("Starting…");
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final PauseTransition resizeDelay = new PauseTransition(Duration.millis(250));
    private final TaskRunner tasks;
    private boolean flushQueued;
    private volatile ExecSession session;
    private boolean ended;

    /** @param tasks runs the engine calls (resize, close) off the FX thread */
    public ExecConsole(TaskRunner tasks) {
        this.tasks = tasks;
        setId("exec-console");
        getStyleClass().add("exec-console");
        area.setId("exec-output");
        area.getStyleClass().add("terminal");
        area.setEditable(false);
        area.setWrapText(true);
        area.setFocusTraversable(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setId("exec-status");
        BorderPane.setMargin(status, new Insets(4, 0, 0, 0));
        setCenter(new VirtualizedScrollPane<>(area));
        setBottom(status);
        resizeDelay.setOnFinished(e -> sendSize());
        area.widthProperty().addListener((o, was, now) -> resizeDelay.playFromStart());
        area.heightProperty().addListener((o, was, now) -> resizeDelay.playFromStart());
    }

    /** The session whose input this console sends to; output may arrive before it is set. */
    public void attach(ExecSession newSession, String description) {
        this.session = newSession;
        status.setText(description + " · Ctrl+C interrupts, Ctrl+Shift+V pastes, closing the tab ends the session");
        sendSize();
    }

    /** Output bytes from the session's thread: queued, drawn on the next FX pulse. */
    public void output(byte[] bytes) {
        synchronized (pending) {
            if (pending.size() + bytes.length > MAX_PENDING_BYTES) {
                return;
            }
            pending.writeBytes(bytes);
            if (flushQueued) {
                return;
            }
            flushQueued = true;
        }
        Platform.runLater(this::flush);
    }

    /** The session ended: says so (with why, when it failed). Call on the FX thread. */
    public void ended(String why) {
        ended = true;
        status.setText(why);
        area.getStyleClass().add("ended");
    }

    /** The screen's text; for tests. */
    public String screenText() {
        return buffer.text();
    }

    /** The columns and rows that fit the area now. */
    public int[] size() {
        Text probe = new Text("M");
        probe.setFont(Font.font("monospace", 13));
        double w = Math.max(1, probe.getLayoutBounds().getWidth());
        double h = Math.max(1, probe.getLayoutBounds().getHeight());
        int columns = (int) Math.max(20, Math.floor((area.getWidth() - 16) / w));
        int rows = (int) Math.max(5, Math.floor((area.getHeight() - 8) / h));
        return new int[]{columns, rows};
    }

    /** Focuses the terminal for typing. */
    public void focusInput() {
        area.requestFocus();
    }

    private void flush() {
        byte[] bytes;
        synchronized (pending) {
            bytes = pending.toByteArray();
            pending.reset();
            flushQueued = false;
        }
        buffer.write(bytes);
        render();
    }

    private void render() {
        int first = buffer.takeFirstDirty();
        List<StyledLine> lines = buffer.lines();
        int from = first < 0 || first >= area.getParagraphs().size() ? 0 : first;
        int start = from == 0 ? 0 : area.getAbsolutePosition(from, 0);
        StringBuilder text = new StringBuilder();
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (int i = from; i < lines.size(); i++) {
            if (i > from) {
                text.append('\n');
                spans.add(List.of(), 1);
            }
            StyledLine line = lines.get(i);
            text.append(line.text());
            for (StyledLine.Run run : line.runs()) {
                spans.add(Style.styleClasses(run.style()), run.length());
            }
        }
        spans.add(List.of(), 0);
        area.replaceText(start, area.getLength(), text.toString());
        StyleSpans<Collection<String>> built = spans.create();
        area.setStyleSpans(start, built);
        area.moveTo(area.getLength());
        area.requestFollowCaret();
    }

    private void keyPressed(KeyEvent e) {
        String seq = null;
        if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.V) {
            String clip = Clipboard.getSystemClipboard().getString();
            seq = clip == null ? null : clip;
        } else if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.C) {
            return; // copy of the selection: the area's own handling
        } else if (e.isControlDown() && e.getCode().isLetterKey()) {
            // Ctrl+C is \u0003 (the process gets SIGINT through its TTY), Ctrl+D \u0004…
            seq = String.valueOf((char) (e.getCode().getCode() - 'A' + 1));
        } else {
            seq = switch (e.getCode()) {
                case ENTER -> "\r";
                case BACK_SPACE -> "\u007f";
                case TAB -> "\t";
                case ESCAPE -> "\u001b";
                case UP -> "\u001b[A";
                case DOWN -> "\u001b[B";
                case RIGHT -> "\u001b[C";
                case LEFT -> "\u001b[D";
                case HOME -> "\u001b[H";
                case END -> "\u001b[F";
                case DELETE -> "\u001b[3~";
                default -> null;
            };
        }
        if (seq != null) {
            send(seq);
            e.consume();
        }
    }

    private void keyTyped(KeyEvent e) {
        String c = e.getCharacter();
        // control characters came through keyPressed already
        if (!c.isEmpty() && c.charAt(0) >= 0x20 && c.charAt(0) != 0x7f && !e.isControlDown() && !e.isMetaDown()) {
            send(c);
        }
        e.consume();
    }

    /** Sends text to the process as UTF-8; for the keys and for tests. */
    public void send(String text) {
        ExecSession s = session;
        if (s != null && !ended) {
            s.send(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void sendSize() {
        ExecSession s = session;
        if (s != null && !ended && area.getWidth() > 0) {
            int[] size = size();
            background(() -> s.resize(size[0], size[1]));
        }
    }

    /** Ends the session. */
    @Override
    public void close() {
        resizeDelay.stop();
        ExecSession s = session;
        session = null;
        ended = true;
        if (s != null) {
            // closing joins the stream's connection: off the FX thread
            background(s::close);
        }
    }

    private void background(Runnable engineCall) {
        tasks.run(() -> {
            engineCall.run();
            return null;
        }, done -> { }, failure -> { });
    }
}
