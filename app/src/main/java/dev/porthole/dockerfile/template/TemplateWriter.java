package dev.porthole.dockerfile.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a template's files into a folder the user picked. It never overwrites a file unless told to, and then
 * says which files are in the way; for the busybox template it copies a static busybox into the folder.
 */
public final class TemplateWriter {

    /** Where the busybox template finds its binary on Linux (Debian's busybox-static installs it there). */
    public static final Path DEFAULT_BUSYBOX = Path.of("/bin/busybox");
    static final String BUSYBOX_FILE = "busybox";

    private final TemplateCatalog catalog;
    private final Path busybox;

    /** A writer for the shipped templates, taking busybox from {@code /bin/busybox}. */
    public TemplateWriter(TemplateCatalog catalog) {
        this(catalog, DEFAULT_BUSYBOX);
    }

    /** A writer taking the static busybox binary from {@code busybox}. */
    public TemplateWriter(TemplateCatalog catalog, Path busybox) {
        this.catalog = catalog;
        this.busybox = busybox;
    }

    /** What was written, and anything the user still has to do (such as providing busybox). */
    public record Result(Path folder, List<Path> written, List<String> notes) {

        public Result {
            written = List.copyOf(written);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Writes {@code template} into {@code folder} (created if missing). Without {@code overwrite}, nothing is
     * written when any of its files already exists there.
     */
    public Result write(Template template, Path folder, boolean overwrite) throws TemplateWriteException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new TemplateWriteException(folder + " is a file, not a folder: pick a folder for the template.");
        }
        boolean copyBusybox = template.needsStaticBusybox() && ElfFile.isStatic(busybox);
        List<String> targets = new ArrayList<>(template.files());
        if (copyBusybox) {
            targets.add(BUSYBOX_FILE);
        }
        if (!overwrite) {
            List<String> existing = targets.stream().filter(f -> Files.exists(folder.resolve(f))).toList();
            if (!existing.isEmpty()) {
                throw new TemplateWriteException("Nothing was written: " + folder + " already has "
                        + existing.stream().collect(Collectors.joining(", ")) + ". Pick an empty folder, or choose "
                        + "to replace " + (existing.size() == 1 ? "that file." : "those files."));
            }
        }
        List<Path> written = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            for (String file : template.files()) {
                Path target = folder.resolve(file);
                Files.createDirectories(target.getParent());
                Files.writeString(target, catalog.content(template, file), StandardCharsets.UTF_8);
                written.add(target);
            }
            if (copyBusybox) {
                Path target = folder.resolve(BUSYBOX_FILE);
                Files.copy(busybox, target, StandardCopyOption.REPLACE_EXISTING);
                // the build copies it with its mode, and the image runs it: it must stay executable
                target.toFile().setExecutable(true, false);
                written.add(target);
            } else if (template.needsStaticBusybox()) {
                notes.add(busyboxNote(folder));
            }
        } catch (IOException e) {
            throw new TemplateWriteException("Could not write the template into " + folder + ": " + e.getMessage(), e);
        }
        return new Result(folder, written, notes);
    }

    private String busyboxNote(Path folder) {
        String why = Files.exists(busybox) ? busybox + " is dynamically linked, so it cannot run in an empty image"
                : busybox + " does not exist";
        return "This template needs a statically linked busybox binary named '" + BUSYBOX_FILE + "' in " + folder
                + ", and " + why + ". Install a static busybox (on Debian and Ubuntu: apt-get install "
                + "busybox-static) and copy it there before building.";
    }
}
