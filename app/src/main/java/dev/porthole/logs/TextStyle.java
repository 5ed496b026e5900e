package dev.porthole.logs;

/**
 * The look of a run of log text as ANSI SGR codes set it. Colours are {@link #DEFAULT}, a palette index 0–255
 * (0–15 the theme's 16 colours), or {@code RGB | 0xRRGGBB} for truecolor.
 */
public record TextStyle(int foreground, int background, int flags) {

    public static final int DEFAULT = -1;
    /** Marks a truecolor value; the low 24 bits are the colour. */
    public static final int RGB = 0x1000000;

    public static final int BOLD = 1;
    public static final int DIM = 2;
    public static final int ITALIC = 4;
    public static final int UNDERLINE = 8;
    public static final int INVERSE = 16;
    public static final int STRIKE = 32;

    /** No colour, no attribute. */
    public static final TextStyle PLAIN = new TextStyle(DEFAULT, DEFAULT, 0);

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean isPlain() {
        return foreground == DEFAULT && background == DEFAULT && flags == 0;
    }

    /** Whether a colour value is a truecolor one. */
    public static boolean isRgb(int colour) {
        return colour != DEFAULT && (colour & RGB) != 0;
    }

    /** The colour as 0xRRGGBB: truecolor as is, palette 16–255 by the xterm cube and grey ramp. */
    public static int rgbOf(int colour) {
        if (isRgb(colour)) {
            return colour & 0xFFFFFF;
        }
        if (colour >= 16 && colour < 232) {
            int c = colour - 16;
            return cube(c / 36) << 16 | cube(c / 6 % 6) << 8 | cube(c % 6);
        }
        if (colour >= 232 && colour < 256) {
            int g = 8 + (colour - 232) * 10;
            return g << 16 | g << 8 | g;
        }
        throw new IllegalArgumentException("palette colour " + colour + " is a theme colour");
    }

    private static int cube(int level) {
        return level == 0 ? 0 : 55 + level * 40;
    }

    TextStyle withForeground(int colour) {
        return new TextStyle(colour, background, flags);
    }

    TextStyle withBackground(int colour) {
        return new TextStyle(foreground, colour, flags);
    }

    TextStyle with(int flag, boolean on) {
        return new TextStyle(foreground, background, on ? flags | flag : flags & ~flag);
    }
}
