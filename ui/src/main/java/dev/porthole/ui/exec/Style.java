package dev.porthole.ui.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * SGR state packed in an int: foreground colour (0 default, 1–16 the ANSI colours), background likewise, bold.
 * 256-colour and true-colour codes map to the nearest of the 16, as the view styles only those by theme.
 */
public final class Style {

    /** No colour, not bold. */
    public static final int PLAIN = 0;

    private static final String[] NAMES = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};

    private Style() {
    }

    /** The state after an SGR sequence's parameters ("1;31", "" = reset). */
    static int apply(int style, String params) {
        String[] parts = params.isEmpty() ? new String[]{"0"} : params.split("[;:]");
        int fg = style & 0xff;
        int bg = (style >> 8) & 0xff;
        boolean bold = (style & 0x10000) != 0;
        for (int i = 0; i < parts.length; i++) {
            int n = parse(parts[i]);
            if (n == 0) {
                fg = 0;
                bg = 0;
                bold = false;
            } else if (n == 1) {
                bold = true;
            } else if (n == 22) {
                bold = false;
            } else if (n >= 30 && n <= 37) {
                fg = n - 30 + 1;
            } else if (n >= 90 && n <= 97) {
                fg = n - 90 + 9;
            } else if (n == 39) {
                fg = 0;
            } else if (n >= 40 && n <= 47) {
                bg = n - 40 + 1;
            } else if (n >= 100 && n <= 107) {
                bg = n - 100 + 9;
            } else if (n == 49) {
                bg = 0;
            } else if ((n == 38 || n == 48) && i + 2 < parts.length && parse(parts[i + 1]) == 5) {
                int colour = palette(parse(parts[i + 2]));
                if (n == 38) {
                    fg = colour;
                } else {
                    bg = colour;
                }
                i += 2;
            } else if ((n == 38 || n == 48) && i + 4 < parts.length && parse(parts[i + 1]) == 2) {
                i += 4; // true colour: left at the default
            }
        }
        return fg | (bg << 8) | (bold ? 0x10000 : 0);
    }

    /** The CSS style classes of a packed style: "ansi-fg-red", "ansi-bg-bright-blue", "ansi-bold". */
    public static List<String> styleClasses(int style) {
        List<String> classes = new ArrayList<>(3);
        int fg = style & 0xff;
        int bg = (style >> 8) & 0xff;
        if (fg > 0) {
            classes.add("ansi-fg-" + name(fg));
        }
        if (bg > 0) {
            classes.add("ansi-bg-" + name(bg));
        }
        if ((style & 0x10000) != 0) {
            classes.add("ansi-bold");
        }
        return classes;
    }

    private static String name(int colour) {
        return colour <= 8 ? NAMES[colour - 1] : "bright-" + NAMES[colour - 9];
    }

    /** A 256-colour index as one of the 16 (1-based); the cube and greys roughly. */
    private static int palette(int index) {
        if (index < 16) {
            return index + 1;
        }
        if (index >= 232) {
            return index < 244 ? 9 : 8; // dark grey (bright black) or white
        }
        int i = index - 16;
        int r = i / 36 > 2 ? 1 : 0;
        int g = (i / 6) % 6 > 2 ? 1 : 0;
        int b = i % 6 > 2 ? 1 : 0;
        return 1 + (r | g << 1 | b << 2);
    }

    private static int parse(String s) {
        try {
            return s.isEmpty() ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
