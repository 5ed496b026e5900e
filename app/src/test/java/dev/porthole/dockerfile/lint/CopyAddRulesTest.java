package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.findings;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class CopyAddRulesTest {

    @Test
    void addOfALocalFileOrFolderIsDL3020() {
        String text = df("FROM x:1", "ADD app.py /app/", "ADD --chown=app src/ /app/src/");

        assertThat(lines(text, Rule.DL3020)).containsExactly(2, 3);
        assertThat(findings(text, Rule.DL3020).getFirst().severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void addOfUrlsAndLocalTarArchivesIsNotDL3020() {
        String text = df("FROM x:1",
                "ADD https://example.com/tool.bin /usr/local/bin/tool",
                "ADD rootfs.tar.gz /",
                "ADD a.tar b.tgz c.tar.bz2 d.tar.xz /opt/",
                "ADD git@github.com:example/repo.git /src");

        assertThat(lines(text, Rule.DL3020)).isEmpty();
    }

    @Test
    void copyFromANameThatIsNoEarlierStageIsDL3022() {
        String text = df("FROM x:1", "COPY --from=builder /out /out", "FROM x:1 AS later");

        assertThat(findings(text, Rule.DL3022)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(text.substring(f.range().start(), f.range().end())).isEqualTo("--from=builder");
        });
    }

    @Test
    void copyFromAnEarlierStageANumberOrAnImageIsNotDL3022() {
        String text = df("FROM golang:1.24 AS Build",
                "FROM x:1",
                "COPY --from=build /out /out",
                "COPY --from=0 /out /out2",
                "COPY --from=nginx:1.27 /etc/nginx /etc/nginx",
                "COPY --from=ghcr.io/example/tools /bin/tool /bin/tool");

        assertThat(lines(text, Rule.DL3022)).isEmpty();
    }
}
