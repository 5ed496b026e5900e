package dev.porthole.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The docker CLI's configuration folder ({@code DOCKER_CONFIG}, else {@code ~/.docker}) and the one setting of its
 * {@code config.json} that discovery needs, {@code currentContext}.
 *
 * @param dir            the configuration folder (it may not exist)
 * @param currentContext the current context's name, or null when none is set
 * @param problems       what was wrong with config.json, each sentence naming the file
 */
public record DockerCliConfig(Path dir, String currentContext, List<String> problems) {

    static final ObjectMapper JSON = new ObjectMapper();

    public DockerCliConfig {
        problems = List.copyOf(problems);
    }

    /** Reads the configuration the docker CLI would read; never throws, problems are collected instead. */
    public static DockerCliConfig read(SystemEnvironment env) {
        String override = env.get("DOCKER_CONFIG");
        Path dir = dir(env);
        Path file = dir.resolve("config.json");
        List<String> problems = new ArrayList<>();
        String current = null;
        try {
            String text = Files.readString(file);
            current = currentContext(file, text, problems);
        } catch (NoSuchFileException e) {
            // no config.json in ~/.docker is normal (Podman users, a fresh install); a folder the user chose should
            // have one
            if (override != null) {
                problems.add("DOCKER_CONFIG is set to " + dir + ", but " + file + " does not exist.");
            }
        } catch (IOException e) {
            problems.add(file + " could not be read: " + e.getMessage());
        }
        return new DockerCliConfig(dir, current, problems);
    }

    /** The configuration folder the docker CLI uses: {@code DOCKER_CONFIG}, else {@code ~/.docker}. */
    public static Path dir(SystemEnvironment env) {
        String override = env.get("DOCKER_CONFIG");
        return override != null ? Path.of(override) : env.home().resolve(".docker");
    }

    private static String currentContext(Path file, String text, List<String> problems) {
        if (text.isBlank()) {
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(file + " is not valid JSON (" + where(e) + e.getOriginalMessage()
                    + "); its settings are ignored.");
            return null;
        }
        if (!root.isObject()) {
            problems.add(file + " should hold a JSON object, not " + root.getNodeType().toString().toLowerCase() + ".");
            return null;
        }
        JsonNode current = root.get("currentContext");
        if (current == null || current.isNull()) {
            return null;
        }
        if (!current.isTextual()) {
            problems.add(file + ": \"currentContext\" should be a context name, not " + current + ".");
            return null;
        }
        return current.asText().isEmpty() ? null : current.asText();
    }

    static String where(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
    }
}
