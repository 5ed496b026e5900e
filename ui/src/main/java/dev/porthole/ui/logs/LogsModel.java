package dev.porthole.ui.logs;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineConnection;
import dev.porthole.logs.EarlierLines;
import dev.porthole.logs.LogBuffer;
import dev.porthole.model.LogLine;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * One log view's state and commands: the followed containers (one, or several merged in time order), the
 * bounded buffer, the shown lines (all, or those matching in filter mode), search matches and follow. Streams
 * are opened by {@link #start()} and closed by {@link #close()}; everything else runs on the FX thread.
 */
public final class LogsModel implements AutoCloseable {

    /** A container to follow: its id and the name its lines are tagged with. */
    public record Target(String id, String name) {
    }

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final List<Target> targets;
    private final LogBuffer buffer;
    private final LogFeed feed;
    private final LogStreams streams = new LogStreams();
    private final ObservableList<LogLine> shown = FXCollections.observableArrayList();
    // one read-only view: every new wrapper would add a listener to the shown lines
    private final ObservableList<LogLine> shownView = FXCollections.unmodifiableObservableList(shown);
    /** The longest time one batch took on the FX thread, for the bench. */
    long maxBatchNanos;
    private final LogMatches matches = new LogMatches();
    final StringProperty queryText = new SimpleStringProperty(this, "queryText", "");
    final BooleanProperty regex = new SimpleBooleanProperty(this, "regex");
    final BooleanProperty caseSensitive = new SimpleBooleanProperty(this, "caseSensitive");
    final BooleanProperty filterMode = new SimpleBooleanProperty(this, "filterMode");
    final BooleanProperty timestamps = new SimpleBooleanProperty(this, "timestamps", true);
    final BooleanProperty wrap = new SimpleBooleanProperty(this, "wrap");
    final BooleanProperty following = new SimpleBooleanProperty(this, "following", true);
    final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper(this, "queryError");
    final ReadOnlyObjectWrapper<Pattern> pattern = new ReadOnlyObjectWrapper<>(this, "pattern");
    final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    /** The current occurrence (0-based), or -1. */
    final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(this, "currentMatch", -1);
    final ReadOnlyIntegerWrapper newLines = new ReadOnlyIntegerWrapper(this, "newLines");
    final ReadOnlyLongWrapper dropped = new ReadOnlyLongWrapper(this, "dropped");
    final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** Bumped after every batch that appended lines: the view scrolls to the end when following. */
    final ReadOnlyLongWrapper appended = new ReadOnlyLongWrapper(this, "appended");

    /**
     * @param connection the engine link (null for a model fed by hand, in tests)
     * @param fx         runs on the FX thread (Platform::runLater)
     */
    public LogsModel(EngineConnection connection, TaskRunner tasks, List<Target> targets, int capacity, Executor fx) {
        this.connection = connection;
        this.tasks = tasks;
        this.targets = List.copyOf(targets);
        this.buffer = new LogBuffer(capacity);
        this.feed = new LogFeed(fx, capacity, this::append);
        queryText.addListener((o, a, b) -> requery());
        regex.addListener((o, a, b) -> requery());
        caseSensitive.addListener((o, a, b) -> requery());
        filterMode.addListener((o, a, b) -> rebuild());
        following.addListener((o, was, now) -> {
            if (now) {
                newLines.set(0);
            }
        });
    }

    /** Whether lines of several containers are merged (and so tagged). */
    public boolean merged() {
        return targets.size() > 1;
    }

    /** The followed containers. */
    public List<Target> targets() {
        return targets;
    }

    /** The lines on screen, oldest first. */
    public ObservableList<LogLine> shown() {
        return shownView;
    }

    /** Opens the streams (in the background) and resumes them on container start and engine reconnect. */
    public void start() {
        if (connection != null) {
            streams.start(connection, tasks, targets, feed::offer, status::set);
        }
    }

    /** Queues a line from any thread, as a stream does (benches feed the view this way). */
    void offer(LogLine line) {
        feed.offer(line);
    }

    /** Adds lines (on the FX thread): the feed's batches, and tests. */
    void append(List<LogLine> batch, long droppedBefore) {
        long start = System.nanoTime();
        appendTimed(batch, droppedBefore);
        maxBatchNanos = Math.max(maxBatchNanos, System.nanoTime() - start);
    }

    private void appendTimed(List<LogLine> batch, long droppedBefore) {
        int capacity = buffer.capacity();
        long droppedStart = buffer.dropped();
        int overflow = Math.max(0, buffer.size() + batch.size() - capacity);
        // the lines about to be dropped, when filtering: they are the oldest held
        List<LogLine> leaving = filterMode.get() && overflow > 0 ? firstLines(Math.min(overflow, buffer.size()))
                : List.of();
        boolean inOrder = true;
        for (LogLine line : batch) {
            int at = buffer.add(line);
            if (at >= 0 && at != buffer.size() - 1) {
                inOrder = false;
            }
        }
        dropped.set(dropped.get() + droppedBefore + buffer.dropped() - droppedStart);
        if (!inOrder) {
            rebuild();
        } else {
            int gone = filterMode.get() ? (int) leaving.stream().filter(this::passes).count()
                    : (int) Math.min(shown.size(), buffer.dropped() - droppedStart);
            int from = Math.max(0, batch.size() - Math.min(batch.size(), capacity));
            List<LogLine> added = new ArrayList<>(batch.size() - from);
            for (int i = from; i < batch.size(); i++) {
                if (passes(batch.get(i))) {
                    added.add(batch.get(i));
                }
            }
            if (gone > 0) {
                shown.remove(0, Math.min(gone, shown.size()));
                matches.dropFront(gone);
                currentMatch.set(Math.min(currentMatch.get(), matches.count() - 1));
            }
            int firstNew = shown.size();
            shown.addAll(added);
            matches.addFrom(shown, firstNew);
            if (!following.get()) {
                newLines.set(newLines.get() + added.size());
            }
        }
        matchCount.set(matches.count());
        appended.set(appended.get() + 1);
    }

    /** Empties the view (the streams go on). */
    public void clear() {
        buffer.clear();
        shown.clear();
        dropped.set(0);
        newLines.set(0);
        matches.reset(pattern.get(), shown);
        matchCount.set(0);
        currentMatch.set(-1);
    }

    /** Follows again: the view jumps to the newest line. */
    public void jumpToEnd() {
        following.set(true);
        appended.set(appended.get() + 1);
    }

    /** The user scrolled away from the end. */
    void pauseFollow() {
        following.set(false);
    }

    /** Moves to the next (or previous) occurrence, wrapping; returns its line index or -1. */
    int nextMatch(boolean forward) {
        int n = matches.count();
        if (n == 0) {
            currentMatch.set(-1);
            return -1;
        }
        int cur = currentMatch.get();
        int next = cur < 0 ? (forward ? 0 : n - 1) : Math.floorMod(cur + (forward ? 1 : -1), n);
        currentMatch.set(next);
        following.set(false);
        return matches.line(next);
    }

    /** The line of the current occurrence and which occurrence in it: {line, ordinal}, or null. */
    int[] currentMatchPosition() {
        int cur = currentMatch.get();
        return cur < 0 || cur >= matches.count() ? null : new int[]{matches.line(cur), matches.ordinalInLine(cur)};
    }

    /** Fetches up to {@code count} lines before the oldest held, for each container, and adds them. */
    public void loadEarlier(int count) {
        if (connection == null) {
            return;
        }
        for (Target t : targets) {
            List<LogLine> held = buffer.lines().stream().filter(l -> l.source().equals(t.name())).toList();
            long before = held.isEmpty() ? System.currentTimeMillis() * 1_000_000L : held.getFirst().timeNanos();
            int room = Math.min(count, buffer.capacity() - buffer.size());
            if (room <= 0) {
                status.set("The buffer is full (" + buffer.capacity() + " lines): clear it to load earlier lines.");
                return;
            }
            tasks.run(() -> {
                Engine engine = connection.requireEngine();
                return EarlierLines.load(engine, t.id(), t.name(), before, held.size(), room);
            }, lines -> {
                for (LogLine l : lines) {
                    buffer.add(l);
                }
                rebuild();
                status.set(lines.isEmpty() ? "No earlier lines of " + t.name()
                        : "Loaded " + lines.size() + " earlier lines of " + t.name());
            }, failure -> status.set(describe(failure)));
        }
    }

    /** Writes every held line (escape sequences stripped) to {@code file}, in the background. */
    public void saveTo(Path file) {
        List<LogLine> lines = buffer.lines();
        boolean withSource = merged();
        tasks.run(() -> Files.writeString(file, LogFormat.copied(lines, true, withSource, ZoneId.systemDefault()),
                        StandardCharsets.UTF_8),
                done -> status.set("Saved " + lines.size() + " lines to " + file),
                failure -> status.set("Could not save to " + file + ": " + describe(failure)));
    }

    /** Ends every stream; nothing more arrives. */
    @Override
    public void close() {
        feed.close();
        streams.close();
    }

    private void requery() {
        LogQuery.Compiled c = new LogQuery(queryText.get(), regex.get(), caseSensitive.get()).compile();
        queryError.set(c.error());
        pattern.set(c.pattern());
        currentMatch.set(-1);
        rebuild();
    }

    /** Shows the buffer again from scratch (filter or query changed, lines inserted in the middle). */
    private void rebuild() {
        List<LogLine> all = buffer.lines();
        shown.setAll(filterMode.get() && pattern.get() != null ? all.stream().filter(this::passes).toList() : all);
        matches.reset(pattern.get(), shown);
        matchCount.set(matches.count());
        if (currentMatch.get() >= matches.count()) {
            currentMatch.set(-1);
        }
    }

    private boolean passes(LogLine line) {
        Pattern p = pattern.get();
        return !filterMode.get() || p == null || p.matcher(line.plain()).find();
    }

    private List<LogLine> firstLines(int n) {
        List<LogLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(buffer.get(i));
        }
        return out;
    }

    static String describe(Throwable failure) {
        String m = failure.getMessage();
        return m == null || m.isBlank() ? failure.getClass().getSimpleName() : m;
    }
}
