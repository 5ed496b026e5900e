package dev.porthole.ui.exec;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal's first offer follows the "default shell" preference when the image has that shell. */
class ShellChoiceTest {

    @Test
    void thePreferredShellIsPickedWhenTheImageHasIt() {
        assertThat(ShellChoice.pick(List.of("/bin/bash", "/bin/sh"), "/bin/sh")).isEqualTo("/bin/sh");
        assertThat(ShellChoice.hint(List.of("/bin/bash", "/bin/sh"), "/bin/sh"))
                .isEqualTo("Shells found: /bin/bash, /bin/sh");
    }

    @Test
    void autoPicksTheFirstShellFound() {
        assertThat(ShellChoice.pick(List.of("/bin/bash", "/bin/sh"), "auto")).isEqualTo("/bin/bash");
        assertThat(ShellChoice.pick(List.of(), "auto")).isNull();
    }

    @Test
    void aPreferredShellTheImageLacksIsNamedAndTheFirstFoundOffered() {
        assertThat(ShellChoice.pick(List.of("/bin/ash"), "/bin/bash")).isEqualTo("/bin/ash");
        assertThat(ShellChoice.hint(List.of("/bin/ash"), "/bin/bash"))
                .isEqualTo("Shells found: /bin/ash (your default /bin/bash is not in this image)");
        assertThat(ShellChoice.pick(List.of(), "/usr/local/bin/fish")).isEqualTo("/usr/local/bin/fish");
    }
}
