package dev.porthole.model;

/**
 * Bytes of a container's log as the engine sends them, each engine line prefixed with its timestamp and a space.
 *
 * @param stream stdout or stderr (a TTY container has one stream, reported as stdout)
 * @param bytes  the bytes, owned by the receiver
 * @param framed true when the chunk is exactly one engine message (a multiplexed frame), so it starts with a
 *               timestamp even when it continues a long line; false for a TTY's raw byte stream
 */
public record LogChunk(LogStream stream, byte[] bytes, boolean framed) {
}
