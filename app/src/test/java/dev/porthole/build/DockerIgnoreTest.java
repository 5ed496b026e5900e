package dev.porthole.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DockerIgnoreTest {

    @Test
    void globsMatchNamesFoldersAndAnyDepth() {
        DockerIgnore ignore = DockerIgnore.parse("""
                # comment
                *.log
                node_modules
                **/*.tmp
                /build/
                """);
        assertThat(ignore.isIgnored("app.log")).isTrue();
        assertThat(ignore.isIgnored("sub/app.log")).isFalse();
        assertThat(ignore.isIgnored("node_modules/x/y.js")).isTrue();
        assertThat(ignore.isIgnored("a/b/c.tmp")).isTrue();
        assertThat(ignore.isIgnored("build/out.jar")).isTrue();
        assertThat(ignore.isIgnored("src/Main.java")).isFalse();
    }

    @Test
    void anExclamationLineReincludesAndTheLastMatchWins() {
        DockerIgnore ignore = DockerIgnore.parse("*.md\n!README.md\n");
        assertThat(ignore.isIgnored("NOTES.md")).isTrue();
        assertThat(ignore.isIgnored("README.md")).isFalse();
        assertThat(ignore.canSkipFolder("docs")).isFalse();
    }

    @Test
    void theContextLeavesIgnoredFilesOutButKeepsTheDockerfile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        Files.writeString(dir.resolve(".dockerignore"), "Dockerfile\nsecret.txt\n");
        Files.writeString(dir.resolve("secret.txt"), "shh");
        Files.writeString(dir.resolve("app.txt"), "hello");
        BuildContext context = BuildContext.scan(dir, "Dockerfile");
        assertThat(context.entries()).extracting(BuildContext.Entry::path)
                .containsExactlyInAnyOrder("Dockerfile", ".dockerignore", "app.txt");
        assertThat(context.size()).isEqualTo(13 + 22 + 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.writeTar(out);
        assertThat(out.toString()).contains("app.txt").doesNotContain("shh");
    }
}
