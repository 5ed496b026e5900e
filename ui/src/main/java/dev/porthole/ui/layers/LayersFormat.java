package dev.porthole.ui.layers;

import dev.porthole.icons.AppIcon;
import dev.porthole.layers.ChangeKind;
import dev.porthole.layers.EntryType;
import dev.porthole.ui.containers.ContainerFormat;

import java.util.Locale;

/** Pure formatting for the layers page: numbers, change kinds and owners as the page shows them. */
final class LayersFormat {

    private LayersFormat() {
    }

    /** Bytes the docker CLI way ("12.3 MB"). */
    static String bytes(long n) {
        return ContainerFormat.bytes(n);
    }

    /** A signed size change: "+1.2 MB", "−300 B", "0 B". */
    static String delta(long n) {
        if (n == 0) {
            return "0 B";
        }
        return (n > 0 ? "+" : "\u2212") + bytes(Math.abs(n));
    }

    /** A 0..1 ratio as a percentage with one decimal: "75.0 %". */
    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    /** dive's efficiency score as it prints it: "0.7500" becomes "75.00 %". */
    static String score(double efficiency) {
        return String.format(Locale.ROOT, "%.2f %%", efficiency * 100);
    }

    /** "uid:gid", or empty for an implicit folder. */
    static String owner(int uid, int gid) {
        return uid < 0 ? "" : uid + ":" + gid;
    }

    /** The style class marking a change kind (colour comes from CSS). */
    static String styleClass(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "change-added";
            case MODIFIED -> "change-modified";
            case REMOVED -> "change-removed";
            case UNCHANGED -> "change-unchanged";
        };
    }

    /** The icon shown for a change kind, so the kind never depends on colour alone. */
    static AppIcon icon(ChangeKind kind, EntryType type) {
        return switch (kind) {
            case ADDED -> AppIcon.CHANGE_ADDED;
            case MODIFIED -> AppIcon.CHANGE_MODIFIED;
            case REMOVED -> AppIcon.CHANGE_REMOVED;
            case UNCHANGED -> switch (type) {
                case DIRECTORY -> AppIcon.FOLDER;
                case SYMLINK, HARDLINK -> AppIcon.LINK;
                default -> AppIcon.FILE;
            };
        };
    }

    /** The words for a change kind, for tooltips and screen readers. */
    static String label(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "Added";
            case MODIFIED -> "Modified";
            case REMOVED -> "Removed";
            case UNCHANGED -> "Unchanged";
        };
    }

    /** A command on one line, cut to {@code max} characters with an ellipsis. */
    static String oneLine(String command, int max) {
        String flat = command == null ? "" : command.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)) + "\u2026";
    }

    /** A bar's share of the widest one, 0..1 (a non-empty layer always shows a sliver). */
    static double barRatio(long size, long largest) {
        if (largest <= 0 || size <= 0) {
            return 0;
        }
        return Math.max(0.02, (double) size / largest);
    }
}
