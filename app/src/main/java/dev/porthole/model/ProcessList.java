package dev.porthole.model;

import java.util.List;

/**
 * A container's processes as the engine's {@code top} gives them: the ps column titles and one row per process.
 *
 * @param titles column titles (UID, PID, PPID, C, STIME, TTY, TIME, CMD on Docker)
 * @param rows   one list of cells per process, as many as titles
 */
public record ProcessList(List<String> titles, List<List<String>> rows) {

    public ProcessList {
        titles = List.copyOf(titles);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
