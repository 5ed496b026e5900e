package dev.porthole.ui.controls;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The UI names icons by meaning only: every glyph comes from AppIcon, so one icon means one thing everywhere. */
class IconsOnlyThroughAppIconTest {

    // a glyph pack class, an ikonli literal ("mdi2p-play") or a raw private-use code point picks a glyph directly
    private static final Pattern DIRECT_GLYPH = Pattern.compile(
            "org\\.kordamp\\.ikonli\\.(materialdesign2|[a-z]+pack)|MaterialDesign[A-Z]\\.|\"mdi2?[a-z]?-[a-z-]+\""
                    + "|setIconLiteral|\\\\u[eEfF][0-9a-fA-F]{3}");

    @Test
    void noUiSourcePicksAGlyphItself() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".css"))
                    .flatMap(IconsOnlyThroughAppIconTest::directGlyphs).toList();
        }
        assertThat(offenders).as("glyphs chosen outside AppIcon").isEmpty();
    }

    private static Stream<String> directGlyphs(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> DIRECT_GLYPH.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
