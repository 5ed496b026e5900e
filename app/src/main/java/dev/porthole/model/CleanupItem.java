package dev.porthole.model;

/**
 * One object a clean-up removes.
 *
 * @param kind   what it is
 * @param id     the engine's id (a volume's name for volumes)
 * @param name   how it is shown (container or volume name, image tags or short id…)
 * @param size   bytes its removal frees (0 when none, e.g. networks or shared cache)
 * @param detail a short note on why it goes ("exited", "dangling", "unused")
 */
public record CleanupItem(CleanupKind kind, String id, String name, long size, String detail) {
    public CleanupItem {
        size = Math.max(0, size);
        detail = detail == null ? "" : detail;
    }
}
