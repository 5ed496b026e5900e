package dev.porthole.ui.exec;

import dev.porthole.files.ContainerFiles;
import dev.porthole.prefs.Preferences;

import java.util.List;

/** Which shell the terminal offers first: the preferred one when the image has it, else the first found. */
final class ShellChoice {

    private ShellChoice() {
    }

    /** The shell to put in the command box, or null when there is none to offer. */
    static String pick(List<String> found, String preferred) {
        if (preferred != null && !preferred.equals(Preferences.AUTO_SHELL)) {
            if (found.contains(preferred) || found.isEmpty()) {
                // with nothing found, the preferred shell may still be there (outside the usual paths)
                return preferred;
            }
        }
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The line next to the box: what was found, and why the preferred shell was not picked. */
    static String hint(List<String> found, String preferred) {
        boolean chosen = preferred != null && !preferred.equals(Preferences.AUTO_SHELL);
        if (found.isEmpty()) {
            return "No shell found in " + String.join(", ", ContainerFiles.SHELLS)
                    + (chosen ? ": trying your default " + preferred + ", or type a command" : ": type a command");
        }
        String list = "Shells found: " + String.join(", ", found);
        return chosen && !found.contains(preferred) ? list + " (your default " + preferred + " is not in this image)"
                : list;
    }
}
