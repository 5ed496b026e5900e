package dev.porthole.model;

/** Where a log line came from: the container's stdout or stderr, or Porthole itself (a status line). */
public enum LogStream {
    STDOUT,
    STDERR,
    /** A line Porthole adds: "container stopped", "following again"… */
    STATUS
}
