package dev.porthole.learn;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.ImageSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the tutorial creates on the engine (its first container) and lists and cleans up at the end. Only objects
 * recorded in the {@link TutorialLedger} that also carry all of the tutorial's labels are listed, and clean-up
 * removes only what was listed (and still qualifies): containers first, then the tutorial's own image names. An
 * image the user also tagged under another name is only untagged, so it stays.
 */
public final class TutorialResources {

    /** One thing the clean-up will do: what it removes, and the equivalent docker command. */
    public record Removal(Kind kind, String target, String description, String command) {
        public enum Kind { CONTAINER, IMAGE }
    }

    /** The tutorial's containers and images found on the engine, and the removals that clean them up. */
    public record Created(List<ContainerSummary> containers, List<ImageSummary> images, List<Removal> removals) {
        public Created {
            containers = List.copyOf(containers);
            images = List.copyOf(images);
            removals = List.copyOf(removals);
        }

        public boolean isEmpty() {
            return removals.isEmpty();
        }
    }

    /** What a clean-up removed, and what it could not (with the engine's reason). */
    public record CleanupResult(List<Removal> removed, List<String> problems) {
        public CleanupResult {
            removed = List.copyOf(removed);
            problems = List.copyOf(problems);
        }
    }

    private final Tutorial tutorial;
    private final TutorialLedger ledger;

    public TutorialResources(Tutorial tutorial, TutorialLedger ledger) {
        this.tutorial = tutorial;
        this.ledger = ledger;
    }

    /** Starts lesson 4's container ({@link Tutorial#helloRun()}) and records it; returns its id. */
    public String runHello(Engine engine) {
        String id = engine.runContainer(tutorial.helloRun());
        ledger.recordContainer(id);
        return id;
    }

    /** The tutorial's objects on {@code engine} now. */
    public Created list(Engine engine) {
        List<ContainerSummary> containers = engine.listContainers(true).stream()
                .filter(c -> ours(c.id(), c.labels(), true)).toList();
        List<ImageSummary> images = engine.listImages().stream()
                .filter(i -> ours(i.id(), i.labels(), false)).toList();
        List<Removal> removals = new ArrayList<>();
        for (ContainerSummary c : containers) {
            removals.add(new Removal(Removal.Kind.CONTAINER, c.id(), "Container " + c.name() + " ("
                    + c.shortId() + ", " + c.state().word() + ") from " + c.image(), "docker rm -f " + c.shortId()));
        }
        for (ImageSummary i : images) {
            List<String> ours = i.repoTags().stream().filter(tutorial::ownsName).toList();
            if (i.dangling()) {
                removals.add(new Removal(Removal.Kind.IMAGE, i.id(), "Untagged image " + i.shortId()
                        + " left by an earlier tutorial build", "docker rmi " + i.shortId()));
            }
            for (String tag : ours) {
                boolean shared = i.repoTags().stream().anyMatch(t -> !tutorial.ownsName(t));
                removals.add(new Removal(Removal.Kind.IMAGE, tag, "Image " + tag + " (" + i.shortId() + ")"
                        + (shared ? ": only this name goes, the image keeps its other names" : ""),
                        "docker rmi " + tag));
            }
        }
        return new Created(containers, images, removals);
    }

    /**
     * Removes exactly {@code shown}'s removals, each only if its object still carries the tutorial's labels now.
     * Never forces an image: one that a non-tutorial container uses stays, and the reason is reported.
     */
    public CleanupResult cleanUp(Engine engine, Created shown) {
        List<Removal> removed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Removal r : shown.removals()) {
            try {
                if (r.kind() == Removal.Kind.CONTAINER) {
                    ContainerSummary now = engine.findContainer(r.target());
                    if (now == null || !ours(now.id(), now.labels(), true)) {
                        continue;
                    }
                    engine.removeContainer(r.target(), true);
                } else {
                    Optional<ImageSummary> now = engine.listImages().stream()
                            .filter(i -> i.id().equals(r.target()) || i.repoTags().contains(r.target())).findFirst();
                    if (now.isEmpty() || !ours(now.get().id(), now.get().labels(), false)) {
                        continue;
                    }
                    engine.removeImage(r.target(), false);
                }
                removed.add(r);
            } catch (EngineException e) {
                if (e.kind() != EngineException.Kind.NOT_FOUND) {
                    problems.add(r.description() + ": " + e.getMessage());
                }
            }
        }
        return new CleanupResult(removed, problems);
    }

    private boolean ours(String id, java.util.Map<String, String> labels, boolean container) {
        return tutorial.owns(labels) && (container ? ledger.hasContainer(id) : ledger.hasImage(id));
    }
}
