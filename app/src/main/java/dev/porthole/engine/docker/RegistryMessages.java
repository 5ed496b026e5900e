package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.exception.DockerException;
import dev.porthole.model.ImageName;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** What the engine says when a pull, push or sign-in fails, as a sentence a user can act on. Pure. */
final class RegistryMessages {

    private RegistryMessages() {
    }

    /** Explains the engine's error text {@code raw} for a pull ({@code pushing} false) or push of {@code name}. */
    static String explain(ImageName name, boolean pushing, String raw) {
        return explain(name, pushing, raw, null);
    }

    /**
     * As {@link #explain(ImageName, boolean, String)}, with the registry's own tag list when it could be read
     * ({@code tags} may be null): it tells an unknown repository from a missing tag.
     */
    static String explain(ImageName name, boolean pushing, String raw, RegistryTags.Answer tags) {
        String text = raw == null ? "" : raw.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        String registry = name.registry().isEmpty() ? "the engine's default registry" : "registry " + name.registry();
        String verb = pushing ? "push " : "pull ";
        String ref = name.withDefaultTag();
        if (lower.contains("an image does not exist locally")) {
            return "Cannot push " + ref + ": there is no local image by that name. Tag an image with it first.";
        }
        if (lower.contains("connection refused") || lower.contains("no such host") || lower.contains("i/o timeout")
                || lower.contains("no route to host") || lower.contains("network is unreachable")
                || lower.contains("dial tcp") || lower.contains("connection reset")) {
            return "Cannot " + verb + ref + ": " + registry + " cannot be reached (" + shortCause(text)
                    + "). Is it running, and is the address right?";
        }
        if (lower.contains("server gave http response to https client")) {
            return "Cannot " + verb + ref + ": " + registry + " speaks plain HTTP, and the engine only allows that"
                    + " for registries it lists as insecure.";
        }
        if (lower.contains("unauthorized") || lower.contains("authentication required")
                || lower.contains("no basic auth credentials") || lower.contains("denied")
                || lower.contains("incorrect username or password")) {
            return "Cannot " + verb + ref + ": " + registry + " refused access. Sign in to it (Registries…) with an"
                    + " account that may " + (pushing ? "push to" : "pull") + " " + name.repository() + ".";
        }
        if (!pushing && (lower.contains("name unknown") || lower.contains("repository name not known")
                || lower.contains("repository does not exist") || lower.contains("pull access denied"))) {
            return "Cannot pull " + ref + ": " + registry + " has no repository " + name.repository() + ".";
        }
        if (!pushing && tags != null && !tags.repositoryExists()) {
            return "Cannot pull " + ref + ": " + registry + " has no repository " + name.repository() + ".";
        }
        if (!pushing && tags != null && name.digest().isEmpty()
                && (lower.contains("manifest unknown") || lower.contains("not found"))) {
            String tag = name.tag().isEmpty() ? "latest" : name.tag();
            List<String> shown = tags.tags().size() > 8 ? tags.tags().subList(0, 8) : tags.tags();
            return "Cannot pull " + ref + ": " + name.repository() + " has no tag " + tag + " in " + registry
                    + (shown.isEmpty() ? "." : ". Its tags: " + String.join(", ", shown)
                    + (tags.tags().size() > shown.size() ? ", …" : "") + ".");
        }
        if (!pushing && (lower.contains("manifest unknown") || lower.contains("not found"))) {
            String tag = name.digest().isEmpty() ? "tag " + (name.tag().isEmpty() ? "latest" : name.tag())
                    : "digest " + name.digest();
            return "Cannot pull " + ref + ": " + registry + " has no " + tag + " of " + name.repository()
                    + " (the repository or that " + (name.digest().isEmpty() ? "tag" : "digest")
                    + " does not exist).";
        }
        return "Cannot " + verb + ref + ": " + (text.isEmpty() ? "the engine gave no reason." : text);
    }

    /** Explains a failed sign-in to {@code registry}. */
    static String explainLogin(String registry, String raw) {
        String text = raw == null ? "" : raw.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("connection refused") || lower.contains("no such host") || lower.contains("i/o timeout")
                || lower.contains("dial tcp") || lower.contains("no route to host")) {
            return "Cannot sign in: registry " + registry + " cannot be reached (" + shortCause(text) + ").";
        }
        if (lower.contains("unauthorized") || lower.contains("incorrect username or password")
                || lower.contains("authentication required") || lower.contains("denied")) {
            return "Cannot sign in to " + registry + ": the user name or password is wrong.";
        }
        return "Cannot sign in to " + registry + ": " + (text.isEmpty() ? "the engine gave no reason." : text);
    }

    /** The engine's sentence from a failure (a DockerException's JSON body, else the message). */
    static String rawMessage(Throwable failure) {
        if (failure instanceof DockerException e) {
            String text = e.getMessage() == null ? "" : e.getMessage().strip().replaceFirst("^Status \\d+:", "").strip();
            if (text.startsWith("{")) {
                try {
                    JsonNode node = DockerMapping.JSON.readTree(text);
                    if (node.hasNonNull("message")) {
                        return node.get("message").asText();
                    }
                } catch (IOException notJson) {
                    // keep the text as it came
                }
            }
            return text;
        }
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }

    /** The innermost cause of a Go error chain ("Get …: dial tcp …: connect: connection refused"). */
    private static String shortCause(String text) {
        int dial = text.indexOf("dial tcp");
        return dial >= 0 ? text.substring(dial) : text;
    }
}
