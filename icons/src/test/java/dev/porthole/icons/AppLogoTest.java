package dev.porthole.icons;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppLogoTest {

    @Test
    void everySizeIsASquarePngOfThatSizeWithATransparentCorner() throws Exception {
        for (int size : AppLogo.SIZES) {
            BufferedImage image = ImageIO.read(AppLogo.png(size));
            assertThat(image.getWidth()).as("width of %d px icon", size).isEqualTo(size);
            assertThat(image.getHeight()).as("height of %d px icon", size).isEqualTo(size);
            // round icon: the corners show whatever is behind it, on light and dark alike
            assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha of %d px icon", size).isZero();
            assertThat(image.getRGB(size / 2, size / 2) >>> 24).as("centre alpha of %d px icon", size).isEqualTo(255);
        }
    }

    @Test
    void windowIconsGoFromSmallToLarge() {
        assertThat(AppLogo.windowIcons()).hasSize(AppLogo.WINDOW_SIZES.size());
        assertThat(AppLogo.windowIcons().getFirst().getPath()).endsWith("porthole-16.png");
        assertThat(AppLogo.windowIcons().getLast().getPath()).endsWith("porthole-256.png");
    }

    @Test
    void anUnknownSizeIsRefusedWithTheSizesThereAre() {
        assertThatThrownBy(() -> AppLogo.png(20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16, 24, 32");
    }

    @Test
    void theInstallerIconsAreInTheSourceTreeForPackaging() throws Exception {
        Path platform = Path.of("src/main/platform");
        // .ico: reserved 0, type 1 (icon), then the number of images
        byte[] ico = Files.readAllBytes(platform.resolve("porthole.ico"));
        assertThat(ico[2]).isEqualTo((byte) 1);
        assertThat(ico[4]).isGreaterThanOrEqualTo((byte) 5);
        assertThat(new String(Files.readAllBytes(platform.resolve("porthole.icns")), 0, 4,
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("icns");
    }
}
