package dev.porthole.dockerfile.template;

/**
 * A piece of text the editor inserts at the cursor.
 *
 * @param target the file it belongs in: {@code Dockerfile}, or {@code .dockerignore} for the starter ignore list
 */
public record Snippet(String id, String title, String description, String text, String target) {

    /** Whether it is Dockerfile text (rather than a .dockerignore list). */
    public boolean isForDockerfile() {
        return target.equals("Dockerfile");
    }
}
