package dev.porthole.learn;

import dev.porthole.build.BuildContext;
import dev.porthole.build.BuildEvent;
import dev.porthole.build.BuildRequest;
import dev.porthole.dockerfile.BundledText;
import dev.porthole.dockerfile.template.Template;
import dev.porthole.dockerfile.template.TemplateCatalog;
import dev.porthole.dockerfile.template.TemplateWriteException;
import dev.porthole.dockerfile.template.TemplateWriter;
import dev.porthole.engine.Engine;
import dev.porthole.engine.Subscription;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The images the tutorial builds, each from a folder of its own under the tutorial's work folder. A {@link Plan}
 * says what will happen (folder, Dockerfile, the equivalent {@code docker build}) before anything is written or
 * built, so the user sees it first; {@link #prepare} writes the folder and {@link #start} builds.
 */
public final class TutorialBuilds {

    /** The tutorial's builds. */
    public enum Kind {
        /** Lesson 3: the busybox FROM scratch example, which needs no registry. */
        HELLO("hello", null),
        /** Lesson 5: a later layer deletes a file an earlier one wrote. */
        WASTEFUL("wasteful", "experiment/wasteful.Dockerfile"),
        /** Lesson 5: the same work with the file written and removed in one layer. */
        FIXED("fixed", "experiment/fixed.Dockerfile");

        private final String folder;
        private final String dockerfileResource;

        Kind(String folder, String dockerfileResource) {
            this.folder = folder;
            this.dockerfileResource = dockerfileResource;
        }
    }

    /** What a build will do: its context folder, tag, Dockerfile and the equivalent docker command. */
    public record Plan(Kind kind, Path folder, String tag, String dockerfile, String command) {
    }

    static final String BUSYBOX_TEMPLATE = "busybox-scratch";

    private final Tutorial tutorial;
    private final Path workDir;
    private final TemplateCatalog templates;
    private final TemplateWriter writer;
    private final TutorialLedger ledger;

    /**
     * @param workDir where the build folders go (the config folder's {@code learn/})
     * @param busybox the static busybox binary the FROM scratch images hold
     * @param ledger  where the images built are recorded for clean-up
     */
    public TutorialBuilds(Tutorial tutorial, Path workDir, Path busybox, TutorialLedger ledger) {
        this.tutorial = tutorial;
        this.ledger = ledger;
        this.workDir = workDir;
        this.templates = TemplateCatalog.load();
        this.writer = new TemplateWriter(templates, busybox);
    }

    /** What building {@code kind} will do; nothing is written yet. */
    public Plan plan(Kind kind) {
        Path folder = workDir.resolve(kind.folder);
        String tag = switch (kind) {
            case HELLO -> tutorial.helloImage();
            case WASTEFUL -> tutorial.wastefulImage();
            case FIXED -> tutorial.fixedImage();
        };
        String dockerfile = kind.dockerfileResource == null ? templates.dockerfile(busyboxTemplate())
                : BundledText.read("/dev/porthole/learn/" + kind.dockerfileResource);
        String command = "docker build " + tutorial.labelFlags() + " -t " + tag + " " + folder;
        return new Plan(kind, folder, tag, dockerfile, command);
    }

    /**
     * Writes the plan's folder: its Dockerfile and a copy of the static busybox (replacing an earlier copy).
     * Returns what the user still has to do, such as installing a static busybox; empty when ready to build.
     */
    public List<String> prepare(Plan plan) throws TemplateWriteException, IOException {
        TemplateWriter.Result result = writer.write(busyboxTemplate(), plan.folder(), true);
        Files.writeString(plan.folder().resolve("Dockerfile"), plan.dockerfile(), StandardCharsets.UTF_8);
        return result.notes();
    }

    /**
     * Starts building a prepared plan, labelled as the tutorial's; events arrive on the build's thread. Closing
     * the subscription cancels the build. The image built is recorded in the ledger before its event is passed on.
     */
    public Subscription start(Engine engine, Plan plan, Consumer<BuildEvent> onEvent) throws IOException {
        BuildContext context = BuildContext.scan(plan.folder(), "Dockerfile");
        return engine.buildImage(new BuildRequest(context, plan.tag(), Map.of(), "", tutorial.labels()), e -> {
            if (e instanceof BuildEvent.Succeeded ok) {
                ledger.recordImage(ok.imageId());
            }
            onEvent.accept(e);
        });
    }

    private Template busyboxTemplate() {
        return templates.template(BUSYBOX_TEMPLATE).orElseThrow(
                () -> new IllegalStateException("Porthole is missing its busybox template"));
    }
}
