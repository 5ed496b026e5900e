package dev.porthole.icons;

import java.net.URL;
import java.util.List;

/**
 * Porthole's own icon (a porthole framing stacked containers) as class path PNGs, drawn from
 * {@code icons/src/main/svg} by {@code icons/generate.sh}. Installers take the same files from the source tree.
 */
public final class AppLogo {

    /** Every size the PNGs come in, in pixels. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);

    /** The sizes a window offers its window manager and task bar: it picks the nearest. */
    public static final List<Integer> WINDOW_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppLogo() {
    }

    /** The PNG of the icon at {@code size} pixels, one of {@link #SIZES}. */
    public static URL png(int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("no " + size + " px icon; sizes are " + SIZES);
        }
        URL url = AppLogo.class.getResource("porthole-" + size + ".png");
        if (url == null) {
            throw new IllegalStateException("porthole-" + size + ".png is missing from the icons jar");
        }
        return url;
    }

    /** The PNGs for a window's icon list, smallest first. */
    public static List<URL> windowIcons() {
        return WINDOW_SIZES.stream().map(AppLogo::png).toList();
    }
}
