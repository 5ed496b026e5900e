package dev.porthole.dockerfile.template;

import dev.porthole.dockerfile.Dockerfile;
import dev.porthole.dockerfile.DockerfileParser;
import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.Stage;
import dev.porthole.dockerfile.lint.DockerfileLinter;
import dev.porthole.dockerfile.lint.Finding;
import dev.porthole.dockerfile.lint.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TemplateCatalogTest {

    private final TemplateCatalog catalog = TemplateCatalog.load();
    private final DockerfileLinter linter = new DockerfileLinter();

    private Template template(String id) {
        return catalog.template(id).orElseThrow();
    }

    private Dockerfile parsed(String id) {
        return DockerfileParser.parse(catalog.dockerfile(template(id)));
    }

    @Test
    void theGalleryListsEveryTemplateTheIssueAsksFor() {
        assertThat(catalog.templates()).extracting(Template::id).containsExactly("flask-notes", "flask-modern",
                "go-scratch", "node", "java-maven", "python", "nginx-static", "busybox-scratch");
    }

    @Test
    void everyTemplateFileIsShippedAndEveryDockerfileExplainsItselfInComments() {
        for (Template t : catalog.templates()) {
            assertThat(t.title()).isNotBlank();
            assertThat(t.description()).isNotBlank();
            assertThat(t.files()).contains("Dockerfile");
            for (String file : t.files()) {
                assertThat(catalog.content(t, file)).as("%s/%s", t.id(), file).isNotBlank();
            }
            assertThat(DockerfileParser.parse(catalog.dockerfile(t)).comments()).as(t.id()).isNotEmpty();
        }
    }

    @Test
    void everyTemplateButTheNotesOriginalLintsCleanAtErrorAndWarningLevel() {
        for (Template t : catalog.templates()) {
            if (t.id().equals("flask-notes")) {
                continue;
            }
            List<Finding> serious = linter.lint(catalog.dockerfile(t)).stream()
                    .filter(f -> f.severity().isAtLeast(Severity.WARNING)).toList();
            assertThat(serious).as(t.id()).isEmpty();
        }
    }

    @Test
    void theModernisedFlaskHasNoFindingsAtAll() {
        assertThat(linter.lint(catalog.dockerfile(template("flask-modern")))).isEmpty();
    }

    @Test
    void theNotesFlaskShowsTheFindingsAReaderShouldLearnFrom() {
        List<Finding> findings = linter.lint(catalog.dockerfile(template("flask-notes")));

        // all on the one RUN (line 8): unpinned apt and pip packages, recommended extras, pip's cache kept
        assertThat(findings).extracting(Finding::line, Finding::ruleId, Finding::severity).containsExactlyInAnyOrder(
                tuple(8, "DL3008", Severity.WARNING),
                tuple(8, "DL3013", Severity.WARNING),
                tuple(8, "DL3015", Severity.INFO),
                tuple(8, "DL3042", Severity.WARNING));
    }

    @Test
    void theNotesFlaskKeepsTheNotesStructure() {
        Dockerfile f = parsed("flask-notes");

        assertThat(f.instructions()).extracting(Instruction::name).containsExactly("FROM", "RUN", "ENV", "COPY",
                "WORKDIR", "ENTRYPOINT", "CMD", "EXPOSE");
        assertThat(f.stages().getFirst().image()).isEqualTo("ubuntu:16.04");
        assertThat(f.instructions().get(1).arguments().text()).contains("apt-get install -y python-pip")
                .contains("pip install flask").endsWith("rm -rf /var/lib/apt/lists/*");
        assertThat(f.instructions().get(2).arguments().text()).isEqualTo("FLASK_APP=inv.py");
        assertThat(f.instructions().get(7).arguments().text()).isEqualTo("8080");
        assertThat(template("flask-notes").files()).contains("inv.py");
    }

    @Test
    void theModernisedFlaskPinsVersionsUsesASlimBaseAndANonRootUser() {
        Template t = template("flask-modern");
        Dockerfile f = parsed("flask-modern");

        assertThat(f.stages().getFirst().image()).matches("python:3\\.\\d+-slim");
        assertThat(catalog.content(t, "requirements.txt").lines().filter(l -> !l.startsWith("#")))
                .allSatisfy(l -> assertThat(l).matches("[a-z-]+==[0-9.]+"));
        assertThat(f.stages().getFirst().all("USER")).singleElement()
                .satisfies(u -> assertThat(u.arguments().text()).isNotIn("root", "0"));
        assertThat(f.stages().getFirst().all("RUN")).singleElement()
                .satisfies(r -> assertThat(r.arguments().text()).contains("--no-cache-dir"));
        assertThat(f.instructions()).extracting(Instruction::name).contains("ENTRYPOINT", "CMD", "EXPOSE");
    }

    @Test
    void theGoTemplateIsMultiStageAndEndsFromScratch() {
        Dockerfile f = parsed("go-scratch");

        assertThat(f.stages()).hasSize(2);
        assertThat(f.stages().getLast().image()).isEqualTo("scratch");
        assertThat(f.stages().getLast().all("COPY").getFirst().flag("from")).isPresent();
        assertThat(template("go-scratch").files()).contains("main.go", "go.mod");
    }

    @Test
    void theJavaTemplateBuildsWithMavenAndRunsOnAJre() {
        List<Stage> stages = parsed("java-maven").stages();

        assertThat(stages.getFirst().image()).startsWith("maven:");
        assertThat(stages.getLast().image()).endsWith("-jre");
    }

    @Test
    void theBusyboxTemplateNeedsNoRegistryOnlyAStaticBusybox() {
        Template t = template("busybox-scratch");
        Dockerfile f = parsed("busybox-scratch");

        assertThat(t.needsStaticBusybox()).isTrue();
        assertThat(f.stages()).extracting(Stage::image).containsExactly("scratch");
        assertThat(f.stages().getFirst().all("COPY").getFirst().words().getFirst().value()).isEqualTo("busybox");
    }

    @Test
    void snippetsCoverTheIssuesListAndTheDockerfileOnesLintClean() {
        assertThat(catalog.snippets()).extracting(Snippet::id).containsExactly("apt-get-install", "non-root-user",
                "healthcheck", "copy-from-stage", "arg-default", "dockerignore");
        for (Snippet s : catalog.snippets()) {
            assertThat(s.text()).as(s.id()).isNotBlank();
            if (!s.isForDockerfile()) {
                assertThat(s.target()).isEqualTo(".dockerignore");
                continue;
            }
            String host = "FROM debian:12-slim AS build\nRUN mkdir -p /out\nFROM debian:12-slim\n" + s.text();
            List<Finding> serious = linter.lint(host).stream()
                    .filter(f -> f.severity().isAtLeast(Severity.WARNING)).toList();
            assertThat(serious).as(s.id()).isEmpty();
        }
    }
}
