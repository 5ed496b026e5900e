package dev.porthole.dockerfile;

/** A stretch of a Dockerfile's text by character offsets: {@code start} inclusive, {@code end} exclusive. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** How many characters the range covers. */
    public int length() {
        return end - start;
    }

    /** Whether the offset falls inside the range. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
