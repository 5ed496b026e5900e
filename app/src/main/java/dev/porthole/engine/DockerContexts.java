package dev.porthole.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The docker CLI's context store: {@code <config dir>/contexts/meta/<sha256 of the name>/meta.json} holds the
 * endpoint, {@code <config dir>/contexts/tls/<sha256 of the name>/docker/} its TLS files.
 */
public final class DockerContexts {

    /** The context that stands for "no context": the default sockets. */
    public static final String DEFAULT = "default";

    private static final List<String> TLS_FILES = List.of("ca.pem", "cert.pem", "key.pem");

    private DockerContexts() {
    }

    /**
     * A context's docker endpoint.
     *
     * @param name          the context's name
     * @param host          Endpoints.docker.Host
     * @param skipTlsVerify Endpoints.docker.SkipTLSVerify
     * @param tlsDir        the folder with its ca/cert/key.pem, or null when it has none
     */
    public record DockerContext(String name, String host, boolean skipTlsVerify, Path tlsDir) {
    }

    /** The folder name the CLI uses for a context: the hex SHA-256 of its name. */
    public static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Where the context's meta.json lives. */
    public static Path metaFile(Path configDir, String name) {
        return configDir.resolve("contexts").resolve("meta").resolve(digest(name)).resolve("meta.json");
    }

    /** Where the context's docker TLS files live. */
    public static Path tlsDir(Path configDir, String name) {
        return configDir.resolve("contexts").resolve("tls").resolve(digest(name)).resolve("docker");
    }

    /**
     * Reads a context; when it is missing or unreadable, tells {@code problems} why (naming the file, starting with
     * {@code label}, e.g. {@code context "prod" (DOCKER_CONTEXT)}) and returns empty. Never throws.
     */
    public static Optional<DockerContext> read(Path configDir, String name, String label, Consumer<String> problems) {
        Path file = metaFile(configDir, name);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            problems.accept(label + " does not exist: " + file + " is missing.");
            return Optional.empty();
        } catch (IOException e) {
            problems.accept(label + ": " + file + " could not be read: " + e.getMessage());
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = DockerCliConfig.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            problems.accept(label + ": " + file + " is not valid JSON (" + DockerCliConfig.where(e)
                    + e.getOriginalMessage() + ").");
            return Optional.empty();
        }
        JsonNode docker = root == null ? null : root.path("Endpoints").path("docker");
        JsonNode host = docker == null ? null : docker.get("Host");
        if (host == null || !host.isTextual() || host.asText().isBlank()) {
            problems.accept(label + ": " + file + " has no docker endpoint (Endpoints.docker.Host).");
            return Optional.empty();
        }
        boolean skip = docker.path("SkipTLSVerify").asBoolean(false);
        Path tls = tlsDir(configDir, name);
        boolean hasTls = TLS_FILES.stream().anyMatch(f -> Files.isRegularFile(tls.resolve(f)));
        return Optional.of(new DockerContext(name, host.asText(), skip, hasTls ? tls : null));
    }
}
