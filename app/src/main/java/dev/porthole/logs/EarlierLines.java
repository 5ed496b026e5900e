package dev.porthole.logs;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.Subscription;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** "Load earlier": the lines of a container's log just before the oldest one a view holds. */
public final class EarlierLines {

    private EarlierLines() {
    }

    /**
     * Up to {@code count} lines older than {@code beforeNanos}, oldest first. Blocks on the engine.
     *
     * @param heldSince how many lines of this container the view holds from {@code beforeNanos} on: the json-file
     *                  driver applies tail before until, so the tail asked for must reach past them
     */
    public static List<LogLine> load(Engine engine, String containerId, String source, long beforeNanos,
                                     int heldSince, int count) {
        List<LogLine> lines = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        LineAssembler assembler = new LineAssembler(source, line -> {
            if (line.timeNanos() < beforeNanos) {
                lines.add(line);
            }
        });
        int tail = (int) Math.min(Integer.MAX_VALUE, (long) count + heldSince + 16);
        try (Subscription ignored = engine.logs(containerId, LogRequest.before(beforeNanos, tail), assembler::accept,
                failure -> {
                    assembler.flush();
                    if (failure == null) {
                        done.complete(null);
                    } else {
                        done.completeExceptionally(failure);
                    }
                })) {
            done.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof EngineException ee ? ee
                    : new EngineException(EngineException.Kind.OTHER, "Cannot load earlier lines of " + source + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new EngineException(EngineException.Kind.UNREACHABLE, "Loading earlier lines of " + source
                    + " took over 2 minutes.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(EngineException.Kind.OTHER, "Interrupted while loading earlier lines.", e);
        }
        synchronized (lines) {
            return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
        }
    }
}
