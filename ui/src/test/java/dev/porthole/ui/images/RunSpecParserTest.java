package dev.porthole.ui.images;

import dev.porthole.model.RunSpec;
import dev.porthole.model.RunSpec.PortPublish;
import dev.porthole.ui.images.RunSpecParser.Field;
import dev.porthole.ui.images.RunSpecParser.Form;
import dev.porthole.ui.images.RunSpecParser.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunSpecParserTest {

    @Test
    void buildsASpecFromEveryField() {
        var result = RunSpecParser.parse(new Form("app:1", " web ", "sh -c 'echo hi; sleep 5'",
                "A=1\n\n# comment\nB=two words", "8080:80\n53/udp", "/srv/data:/data:ro\ncache:/cache",
                "unless-stopped", false, "dev.porthole.test=true"));

        assertThat(result.ok()).isTrue();
        RunSpec spec = result.spec();
        assertThat(spec.image()).isEqualTo("app:1");
        assertThat(spec.name()).isEqualTo("web");
        assertThat(spec.command()).containsExactly("sh", "-c", "echo hi; sleep 5");
        assertThat(spec.env()).containsExactly("A=1", "B=two words");
        assertThat(spec.ports()).containsExactly(new PortPublish(8080, 80, "tcp"), new PortPublish(0, 53, "udp"));
        assertThat(spec.volumes()).containsExactly("/srv/data:/data:ro", "cache:/cache");
        assertThat(spec.restartPolicy()).isEqualTo("unless-stopped");
        assertThat(spec.labels()).containsExactly(Map.entry("dev.porthole.test", "true"));
    }

    @Test
    void emptyFieldsMeanTheImageDefaults() {
        var result = RunSpecParser.parse(new Form("app", "", "", "", "", "", null, true, ""));

        assertThat(result.ok()).isTrue();
        assertThat(result.spec().name()).isNull();
        assertThat(result.spec().command()).isEmpty();
        assertThat(result.spec().restartPolicy()).isEqualTo("no");
        assertThat(result.spec().autoRemove()).isTrue();
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        var result = RunSpecParser.parse(new Form("app", "x", "echo 'open", "NOVALUE", "99999:80", "rel:/x",
                "always", true, "=v"));

        assertThat(result.ok()).isFalse();
        assertThat(result.spec()).isNull();
        assertThat(result.errors()).containsOnlyKeys(Field.NAME, Field.COMMAND, Field.ENV, Field.PORTS,
                Field.RESTART, Field.LABELS);
        assertThat(result.errors().get(Field.RESTART)).contains("Auto-remove");
    }

    @Test
    void splitsCommandsLikeAShell() {
        assertThat(RunSpecParser.command("  echo  \"a b\" c\\ d 'e \"f\"' \"g\\\"h\" ")).containsExactly(
                "echo", "a b", "c d", "e \"f\"", "g\"h");
        assertThat(RunSpecParser.command("x ''")).containsExactly("x", "");
        assertThatThrownBy(() -> RunSpecParser.command("echo \"x")).hasMessageContaining("unclosed double quote");
    }

    @Test
    void envLinesNeedANameAndAnEqualsSign() {
        assertThat(RunSpecParser.env("EMPTY=\nURL=http://x/?a=b")).containsExactly("EMPTY=", "URL=http://x/?a=b");
        assertThatThrownBy(() -> RunSpecParser.env("A=1\nFOO")).isInstanceOf(InvalidInput.class)
                .hasMessage("Line 2: write FOO=value (or FOO= for an empty value).");
        assertThatThrownBy(() -> RunSpecParser.env("MY VAR=1")).hasMessageContaining("has spaces");
        assertThatThrownBy(() -> RunSpecParser.env("A=1\nA=2")).hasMessage("Line 2: A is already set on line 1.");
    }

    @Test
    void portsTakeHostContainerAndProtocol() {
        assertThat(RunSpecParser.ports("8080:80\n8443:443/TCP\n5353:53/udp\n9000")).containsExactly(
                new PortPublish(8080, 80, "tcp"), new PortPublish(8443, 443, "tcp"), new PortPublish(5353, 53, "udp"),
                new PortPublish(0, 9000, "tcp"));
    }

    @Test
    void portsAreCheckedWithTheLineNumber() {
        assertThatThrownBy(() -> RunSpecParser.ports("80:80\n\n70000:80")).hasMessage(
                "Line 3: the host port must be between 1 and 65535.");
        assertThatThrownBy(() -> RunSpecParser.ports("80:0")).hasMessageContaining("container port");
        assertThatThrownBy(() -> RunSpecParser.ports("80:80/icmp")).hasMessageContaining("tcp, udp or sctp");
        assertThatThrownBy(() -> RunSpecParser.ports("http:80")).hasMessageContaining("host:container");
        assertThatThrownBy(() -> RunSpecParser.ports("127.0.0.1:80:80")).hasMessageContaining("host:container");
        assertThatThrownBy(() -> RunSpecParser.ports("80:80\n80:81")).hasMessage(
                "Line 2: host port 80/tcp is already published on line 1.");
        assertThat(RunSpecParser.ports("53:53/udp\n53:53/tcp")).hasSize(2);
    }

    @Test
    void volumesTakeAnAbsoluteHostPathOrAVolumeName() {
        assertThat(RunSpecParser.volumes("/a:/b\nnamed-vol:/c:ro\nC:\\data:/d:rw\n/e:/f:ro,z")).containsExactly(
                "/a:/b", "named-vol:/c:ro", "C:\\data:/d:rw", "/e:/f:ro,z");
        assertThatThrownBy(() -> RunSpecParser.volumes("./data:/data")).hasMessageContaining("absolute host path");
        assertThatThrownBy(() -> RunSpecParser.volumes("/a:data")).hasMessageContaining("container path must be absolute");
        assertThatThrownBy(() -> RunSpecParser.volumes("/a")).hasMessageContaining("source:/path/in/container");
        assertThatThrownBy(() -> RunSpecParser.volumes("/a:/b:rx")).hasMessageContaining("unknown option “rx”");
        assertThatThrownBy(() -> RunSpecParser.volumes("bad name:/b")).hasMessageContaining("neither");
    }

    @Test
    void namesFollowTheEngineRule() {
        assertThat(RunSpecParser.name("/web-1")).isEqualTo("web-1");
        assertThatThrownBy(() -> RunSpecParser.name("a")).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> RunSpecParser.name("-web")).hasMessageContaining("starting with a letter");
        assertThatThrownBy(() -> RunSpecParser.name("my web")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void restartPolicyIsOneOfTheFourAndExcludesAutoRemove() {
        assertThat(RunSpecParser.restartPolicy("on-failure", false)).isEqualTo("on-failure");
        assertThat(RunSpecParser.restartPolicy("no", true)).isEqualTo("no");
        assertThatThrownBy(() -> RunSpecParser.restartPolicy("sometimes", false)).hasMessageContaining("one of");
        assertThatThrownBy(() -> RunSpecParser.restartPolicy("always", true)).hasMessageContaining("Auto-remove");
    }

    @Test
    void labelsKeepTheirOrder() {
        assertThat(RunSpecParser.labels("b=2\na=1")).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
        assertThat(List.copyOf(RunSpecParser.labels("b=2\na=1").keySet())).containsExactly("b", "a");
    }
}
