package dev.porthole.files;

/**
 * The start of a file, fit to show as text or not.
 *
 * @param text      the text read (up to the cap), or null when the file is binary
 * @param size      the file's whole size in bytes
 * @param truncated whether the file is longer than what was read
 * @param binary    whether the bytes read do not look like text
 * @param linkTarget where the path points when it is a symbolic link (then text is null), or null
 */
public record FilePreview(String text, long size, boolean truncated, boolean binary, String linkTarget) {
}
