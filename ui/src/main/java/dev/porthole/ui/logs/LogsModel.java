package dev.porthole.ui.logs;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineConnection;
import dev.porthole.logs.EarlierLines;
import dev.porthole.logs.LogBuffer;
import dev.porthole.model.LogLine;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
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
    private final ShownLines shown;
    /**
     * How long a frame may spend taking in lines; the rest waits for the next frame. The list view's own work on
     * the change (cells, layout) comes on top, so this is well under a 60 Hz frame.
     */
    private static final long FRAME_BUDGET_NANOS = 6_000_000;
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
    /** Whether a search or filter is being worked out in the background (the count is not known yet). */
    final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    /** Bumped by every scan started, and read by the scans' workers: a result of an older one is stale. */
    private final AtomicLong scans = new AtomicLong();
    /** How many times a scan is redone in the background when lines moved under it, before one is done here. */
    private static final int BACKGROUND_ATTEMPTS = 2;
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
        this.shown = new ShownLines(buffer);
        this.feed = new LogFeed(fx, capacity, (batch, dropped) -> append(batch, dropped, FRAME_BUDGET_NANOS));
        queryText.addListener((o, a, b) -> requery());
        regex.addListener((o, a, b) -> requery());
        caseSensitive.addListener((o, a, b) -> requery());
        filterMode.addListener((o, a, b) -> refilter());
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

    /** The lines on screen, oldest first (read-only: a view over the buffer). */
    public ObservableList<LogLine> shown() {
        return shown;
    }

    /** The most lines this view holds (the preference when it was opened). */
    public int capacity() {
        return buffer.capacity();
    }

    /** The shown lines themselves, for the view's viewport. */
    ShownLines shownLines() {
        return shown;
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

    /** Adds lines (on the FX thread), all of them: tests. */
    void append(List<LogLine> batch, long droppedBefore) {
        append(batch, droppedBefore, Long.MAX_VALUE);
    }

    /** Adds lines from the front of {@code batch} until {@code budgetNanos} is spent; returns how many. */
    private int append(List<LogLine> batch, long droppedBefore, long budgetNanos) {
        long start = System.nanoTime();
        int taken = appendTimed(batch, droppedBefore, start, budgetNanos);
        maxBatchNanos = Math.max(maxBatchNanos, System.nanoTime() - start);
        return taken;
    }

    private int appendTimed(List<LogLine> batch, long droppedBefore, long start, long budgetNanos) {
        long droppedStart = buffer.dropped();
        int shownBefore = shown.size();
        int taken = 0;
        shown.beginBatch();
        while (taken < batch.size()) {
            shown.hold(batch.get(taken++));
            // the clock only now and then: it costs more than a line
            if ((taken & 63) == 0 && System.nanoTime() - start > budgetNanos) {
                break;
            }
        }
        shown.endBatch();
        dropped.set(dropped.get() + droppedBefore + buffer.dropped() - droppedStart);
        if (shown.insertedInside()) {
            // another container's older line went in between: count the occurrences afresh
            matches.reset(pattern.get(), shown);
        } else if (pattern.get() != null) {
            int gone = shown.removedFront();
            matches.dropFront(gone);
            matches.addFrom(shown, Math.max(0, shownBefore - gone));
        }
        if (currentMatch.get() >= matches.count()) {
            currentMatch.set(matches.count() - 1);
        }
        if (!following.get()) {
            newLines.set(newLines.get() + shown.added());
        }
        matchCount.set(matches.count());
        appended.set(appended.get() + 1);
        return taken;
    }

    /** Empties the view (the streams go on). */
    public void clear() {
        shown.empty();
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
                shown.beginBatch();
                for (LogLine l : lines) {
                    shown.hold(l);
                }
                shown.endBatch();
                matches.reset(pattern.get(), shown);
                matchCount.set(matches.count());
                status.set(lines.isEmpty() ? "No earlier lines of " + t.name()
                        : "Loaded " + lines.size() + " earlier lines of " + t.name());
            }, failure -> status.set(describe(failure)));
        }
    }

    /** Writes every held line (escape sequences stripped) to {@code file}, in the background. */
    public void saveTo(Path file) {
        // a copy, so the lines are made and written off the FX thread while new ones arrive
        LogBuffer lines = buffer.snapshot();
        boolean withSource = merged();
        tasks.run(() -> Files.writeString(file, LogFormat.copied(lines.lines(), true, withSource,
                        ZoneId.systemDefault()), StandardCharsets.UTF_8),
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
        if (filterMode.get()) {
            refilter();
        } else {
            // the shown lines stay: only the occurrences change
            recount();
        }
    }

    /** Shows the buffer again from scratch (filter mode or its query changed). */
    private void refilter() {
        rescan(0);
    }

    private void recount() {
        rescan(0);
    }

    /**
     * Works out the shown lines and the occurrences for the query now. The lines are read from a snapshot on a
     * worker, so typing over a full buffer does not hold up the FX thread; the result is applied here, caught up
     * with the lines that came and went meanwhile, unless a newer query took over. Meanwhile the count says it is
     * counting and new lines wait for the result to be counted.
     */
    private void rescan(int attempt) {
        Pattern p = pattern.get();
        Predicate<LogLine> filter = filterMode.get() && p != null ? line -> p.matcher(line.plain()).find() : null;
        long scan = scans.incrementAndGet();
        long moves = shown.moves();
        if (p == null) {
            // nothing to look for: no line needs reading
            applyScan(new LogScan(buffer.firstSerial(), buffer.firstSerial() + buffer.size(), moves, null, null,
                    new LogMatches()));
            return;
        }
        LogBuffer snapshot = buffer.snapshot();
        if (attempt >= BACKGROUND_ATTEMPTS) {
            // lines kept moving under the scans (a busy merged view): count here, as appending would
            applyScan(LogScan.of(snapshot, moves, filter, p, () -> false));
            return;
        }
        counting.set(true);
        matches.reset(null, shown);
        matchCount.set(0);
        tasks.run(() -> LogScan.of(snapshot, moves, filter, p, () -> scans.get() != scan), found -> {
            if (found == null || scans.get() != scan) {
                return;
            }
            if (found.moves() != shown.moves()) {
                // another container's older line went in between (or the view was cleared): serials moved
                rescan(attempt + 1);
                return;
            }
            applyScan(found);
        }, failure -> {
            if (scans.get() == scan) {
                counting.set(false);
                status.set("Could not search the log: " + describe(failure));
            }
        });
    }

    private void applyScan(LogScan found) {
        int gone = shown.show(found);
        matches.adopt(found.matches());
        matches.dropFront(gone);
        matches.addFrom(shown, found.shownCount() - gone);
        matchCount.set(matches.count());
        if (currentMatch.get() >= matches.count()) {
            currentMatch.set(-1);
        }
        counting.set(false);
    }

    static String describe(Throwable failure) {
        String m = failure.getMessage();
        return m == null || m.isBlank() ? failure.getClass().getSimpleName() : m;
    }
}
