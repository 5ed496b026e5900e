package dev.porthole.ui.images;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The docker reference rules (distribution/reference) for a repository and a tag, with messages a user can act on.
 * Pure: no JavaFX, no engine.
 */
public final class ImageReference {

    /** Tag: word character first, then up to 127 of word, dot or dash. */
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    /** Path component: lowercase alphanumerics joined by one dot, one or two underscores, or dashes. */
    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    /** Registry host: DNS labels joined by dots, or a bracketed IPv6 address, then an optional port. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*"
                    + "|\\[[a-fA-F0-9:]+])(?::[0-9]+)?");
    private static final int MAX_NAME_LENGTH = 255;

    private ImageReference() {
    }

    /** Why {@code repository} is not a valid repository name, or empty when it is. */
    public static Optional<String> repositoryError(String repository) {
        String repo = repository == null ? "" : repository.trim();
        if (repo.isEmpty()) {
            return Optional.of("Enter a repository, such as myapp or registry.example.com/team/myapp.");
        }
        if (repo.contains("@")) {
            return Optional.of("A repository cannot contain a digest (@sha256:…).");
        }
        if (repo.length() > MAX_NAME_LENGTH) {
            return Optional.of("A repository name is at most " + MAX_NAME_LENGTH + " characters long.");
        }
        String[] parts = repo.split("/", -1);
        int first = 0;
        if (parts.length > 1 && isDomain(parts[0])) {
            if (!DOMAIN.matcher(parts[0]).matches()) {
                return Optional.of("“" + parts[0] + "” is not a valid registry host.");
            }
            first = 1;
        }
        for (int i = first; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                return Optional.of("A repository cannot have an empty part between slashes.");
            }
            if (i == parts.length - 1 && part.contains(":")) {
                return Optional.of("Put the tag in the Tag field, not after a colon in the repository.");
            }
            if (!part.toLowerCase(Locale.ROOT).equals(part)) {
                return Optional.of("Repository names must be lowercase: “" + part + "”.");
            }
            if (!PATH_COMPONENT.matcher(part).matches()) {
                return Optional.of("“" + part + "” may use only a–z, 0–9 and single . _ __ or - between them,"
                        + " and must start and end with a letter or digit.");
            }
        }
        return Optional.empty();
    }

    /** Why {@code tag} is not a valid tag, or empty when it is. */
    public static Optional<String> tagError(String tag) {
        String t = tag == null ? "" : tag.trim();
        if (t.isEmpty()) {
            return Optional.of("Enter a tag, such as latest or 1.0.");
        }
        if (t.length() > 128) {
            return Optional.of("A tag is at most 128 characters long.");
        }
        if (!TAG.matcher(t).matches()) {
            return Optional.of("A tag may use only letters, digits, _ . and -, and cannot start with . or -.");
        }
        return Optional.empty();
    }

    /**
     * The existing reference that {@code repository:tag} would take over, looked up in {@code existingTags}
     * (as the engine lists them; Podman prefixes short names with localhost/), or empty when it is free.
     */
    public static Optional<String> clash(String repository, String tag, Collection<String> existingTags) {
        String ref = repository.trim() + ":" + tag.trim();
        for (String candidate : new String[]{ref, "localhost/" + ref, "docker.io/library/" + ref,
                "docker.io/" + ref}) {
            if (existingTags.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The engine treats a first part with a dot, a colon, or "localhost" as a registry host. */
    private static boolean isDomain(String first) {
        return first.contains(".") || first.contains(":") || first.equals("localhost");
    }
}
