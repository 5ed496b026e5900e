package dev.porthole.dockerfile.template;

import java.util.List;

/**
 * A "New from template" entry: a working Dockerfile with the small sample files it needs.
 *
 * @param files                paths relative to the template, written to the same paths in the chosen folder
 * @param needsStaticBusybox   whether the build context also needs a statically linked {@code busybox} binary
 */
public record Template(String id, String title, String description, List<String> files,
                       boolean needsStaticBusybox) {

    public Template {
        files = List.copyOf(files);
    }
}
