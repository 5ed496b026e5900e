package dev.porthole.model;

/**
 * An image reference split as the engine splits it: {@code [registry/]path[:tag][@digest]}.
 *
 * @param registry   the registry host (with port), or "" when the reference names none (the engine's default)
 * @param repository everything before the tag or digest, registry included
 * @param tag        the tag, or "" when none was given
 * @param digest     the digest (sha256:…), or "" when none was given
 */
public record ImageName(String registry, String repository, String tag, String digest) {

    /** Splits {@code reference}; a blank reference is an IllegalArgumentException with a readable message. */
    public static ImageName parse(String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            throw new IllegalArgumentException("Enter an image reference, such as 127.0.0.1:5000/team/app:1.0.");
        }
        if (ref.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("An image reference cannot contain spaces: “" + ref + "”.");
        }
        String digest = "";
        int at = ref.indexOf('@');
        if (at >= 0) {
            digest = ref.substring(at + 1);
            ref = ref.substring(0, at);
        }
        String tag = "";
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            tag = ref.substring(colon + 1);
            ref = ref.substring(0, colon);
        }
        int slash = ref.indexOf('/');
        String first = slash < 0 ? "" : ref.substring(0, slash);
        boolean host = first.contains(".") || first.contains(":") || first.equals("localhost");
        if (ref.isEmpty() || ref.endsWith("/")) {
            throw new IllegalArgumentException("“" + reference.strip() + "” names no repository.");
        }
        return new ImageName(host ? first : "", ref, tag, digest);
    }

    /** The reference with "latest" filled in when it has neither tag nor digest, as the engine pulls it. */
    public String withDefaultTag() {
        if (!digest.isEmpty()) {
            return repository + (tag.isEmpty() ? "" : ":" + tag) + "@" + digest;
        }
        return repository + ":" + (tag.isEmpty() ? "latest" : tag);
    }
}
