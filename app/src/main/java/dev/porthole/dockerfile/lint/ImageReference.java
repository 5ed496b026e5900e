package dev.porthole.dockerfile.lint;

/**
 * An image reference as written in FROM: {@code registry:5000/team/app:1.2@sha256:…}. The tag is what follows
 * the last {@code :} after the last {@code /}, so a registry port is not mistaken for one.
 */
record ImageReference(String repository, String tag, String digest) {

    static ImageReference parse(String ref) {
        String digest = null;
        String rest = ref;
        int at = ref.indexOf('@');
        if (at >= 0) {
            digest = ref.substring(at + 1);
            rest = ref.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            return new ImageReference(rest.substring(0, colon), rest.substring(colon + 1), digest);
        }
        return new ImageReference(rest, null, digest);
    }
}
