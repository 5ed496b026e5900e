package dev.porthole.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.porthole.model.ImageName;
import dev.porthole.model.RegistryCredential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Registry sign-ins as the docker CLI keeps them in {@code config.json}: {@code auths} entries (base64
 * user:password), or a credential helper named by {@code credHelpers} (per registry) or {@code credsStore} (for
 * all), with an empty {@code auths} entry so the registry is listed. Every other key of the file is kept as it was.
 * Secrets never go to logs or exception messages.
 */
public final class RegistryLogins {

    private final Path dir;
    private final CredentialHelpers helpers;

    /** Sign-ins kept in {@code configDir}/config.json, with credential helpers run by {@code helpers}. */
    public RegistryLogins(Path configDir, CredentialHelpers helpers) {
        this.dir = configDir;
        this.helpers = helpers;
    }

    /** The current user's sign-ins: {@code DOCKER_CONFIG} or ~/.docker, helpers from the PATH. */
    public static RegistryLogins forUser(SystemEnvironment env) {
        return new RegistryLogins(DockerCliConfig.dir(env), CredentialHelpers.onPath());
    }

    /** The config.json this reads and writes. */
    public Path file() {
        return dir.resolve("config.json");
    }

    /** The registries signed in to (the keys of {@code auths}, as hosts), sorted. */
    public List<String> registries() {
        ObjectNode root = read();
        TreeSet<String> hosts = new TreeSet<>();
        root.path("auths").fieldNames().forEachRemaining(k -> hosts.add(host(k)));
        return List.copyOf(hosts);
    }

    /** The stored credential for {@code registry}, from its helper or from auths; empty when there is none. */
    public Optional<RegistryCredential> find(String registry) {
        String host = host(registry);
        ObjectNode root = read();
        String helper = helperFor(root, host);
        if (helper != null) {
            return fromHelper(helper, host, root);
        }
        JsonNode entry = entry(root, host);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.hasNonNull("identitytoken") && !entry.get("identitytoken").asText().isEmpty()) {
            return Optional.of(new RegistryCredential(host, RegistryCredential.TOKEN_USER,
                    entry.get("identitytoken").asText()));
        }
        String auth = entry.path("auth").asText("");
        if (auth.isEmpty()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(auth.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw problem(file() + ": the \"auth\" of " + host + " is not base64; sign in again.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw problem(file() + ": the \"auth\" of " + host + " is not user:password; sign in again.");
        }
        return Optional.of(new RegistryCredential(host, decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /** The credential to send when pulling or pushing {@code reference}, or null (none stored, default registry). */
    public RegistryCredential forImage(String reference) {
        String registry = ImageName.parse(reference).registry();
        return registry.isEmpty() ? null : find(registry).orElse(null);
    }

    /** Stores {@code credential} (in its helper when one is configured), replacing what was stored before. */
    public void save(RegistryCredential credential) {
        String host = host(credential.registry());
        ObjectNode root = read();
        ObjectNode auths = auths(root);
        removeEntries(auths, host);
        String helper = helperFor(root, host);
        ObjectNode entry = auths.putObject(host);
        if (helper != null) {
            ObjectNode request = DockerCliConfig.JSON.createObjectNode();
            request.put("ServerURL", host).put("Username", credential.username()).put("Secret", credential.secret());
            runHelper(helper, "store", request.toString(), host);
        } else if (credential.identityToken()) {
            entry.put("identitytoken", credential.secret());
        } else {
            entry.put("auth", Base64.getEncoder().encodeToString(
                    (credential.username() + ":" + credential.secret()).getBytes(StandardCharsets.UTF_8)));
        }
        write(root);
    }

    /** Signs out of {@code registry}: erases it from its helper and from auths. Nothing stored is no error. */
    public void remove(String registry) {
        String host = host(registry);
        ObjectNode root = read();
        String helper = helperFor(root, host);
        if (helper != null) {
            try {
                helpers.run(helper, "erase", host);
            } catch (IOException e) {
                if (!e.getMessage().toLowerCase(Locale.ROOT).contains("not found")) {
                    throw problem("The credential helper docker-credential-" + helper + " could not erase "
                            + host + ": " + e.getMessage());
                }
            }
        }
        if (removeEntries(auths(root), host)) {
            write(root);
        }
    }

    /** The registry host of a config.json key ("https://127.0.0.1:5001/v1/" → "127.0.0.1:5001"), as the CLI. */
    public static String host(String key) {
        String k = key.strip();
        int scheme = k.indexOf("://");
        if (scheme >= 0) {
            k = k.substring(scheme + 3);
        }
        int slash = k.indexOf('/');
        return slash >= 0 ? k.substring(0, slash) : k;
    }

    private Optional<RegistryCredential> fromHelper(String helper, String host, ObjectNode root) {
        String out;
        try {
            out = helpers.run(helper, "get", host);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("not found")) {
                return Optional.empty();
            }
            throw problem("The credential helper docker-credential-" + helper + " could not read " + host + ": "
                    + e.getMessage());
        }
        JsonNode answer;
        try {
            answer = DockerCliConfig.JSON.readTree(out);
        } catch (JsonProcessingException e) {
            // the output may hold the secret: never quote it
            throw problem("The credential helper docker-credential-" + helper + " answered with something other"
                    + " than JSON for " + host + ".");
        }
        String user = answer.path("Username").asText("");
        String secret = answer.path("Secret").asText("");
        return secret.isEmpty() ? Optional.empty() : Optional.of(new RegistryCredential(host, user, secret));
    }

    private void runHelper(String helper, String action, String input, String host) {
        try {
            helpers.run(helper, action, input);
        } catch (IOException e) {
            throw problem("The credential helper docker-credential-" + helper + " could not " + action + " "
                    + host + ": " + e.getMessage());
        }
    }

    /** credHelpers[host], else credsStore, else null (auths in the file). */
    private static String helperFor(ObjectNode root, String host) {
        JsonNode perRegistry = root.path("credHelpers");
        for (Iterator<String> it = perRegistry.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (host(key).equals(host) && !perRegistry.get(key).asText("").isEmpty()) {
                return perRegistry.get(key).asText();
            }
        }
        String store = root.path("credsStore").asText("");
        return store.isEmpty() ? null : store;
    }

    private static JsonNode entry(ObjectNode root, String host) {
        JsonNode auths = root.path("auths");
        for (Iterator<String> it = auths.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (host(key).equals(host)) {
                return auths.get(key);
            }
        }
        return null;
    }

    private static ObjectNode auths(ObjectNode root) {
        JsonNode auths = root.get("auths");
        return auths instanceof ObjectNode o ? o : root.putObject("auths");
    }

    private static boolean removeEntries(ObjectNode auths, String host) {
        List<String> keys = new ArrayList<>();
        auths.fieldNames().forEachRemaining(k -> {
            if (host(k).equals(host)) {
                keys.add(k);
            }
        });
        keys.forEach(auths::remove);
        return !keys.isEmpty();
    }

    private ObjectNode read() {
        String text;
        try {
            text = Files.readString(file());
        } catch (NoSuchFileException e) {
            return DockerCliConfig.JSON.createObjectNode();
        } catch (IOException e) {
            throw problem(file() + " could not be read: " + e.getMessage());
        }
        if (text.isBlank()) {
            return DockerCliConfig.JSON.createObjectNode();
        }
        try {
            JsonNode root = DockerCliConfig.JSON.readTree(text);
            if (root instanceof ObjectNode o) {
                return o;
            }
            throw problem(file() + " should hold a JSON object; fix or remove it, then sign in again.");
        } catch (JsonProcessingException e) {
            // never rewrite a file we could not read: the user's other settings would be lost
            throw problem(file() + " is not valid JSON (" + DockerCliConfig.where(e) + e.getOriginalMessage()
                    + "); fix it, then sign in again.");
        }
    }

    /** Writes through a private temp file and a move, so a crash never leaves half a config.json. */
    private void write(ObjectNode root) {
        try {
            Files.createDirectories(dir);
            // laid out as the docker CLI writes it: tabs, "key": value
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("\t", "\n"));
            String text = DockerCliConfig.JSON.writer(pretty).writeValueAsString(root);
            Path temp = Files.createTempFile(dir, "config.json", ".tmp");
            try {
                if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                }
                Files.writeString(temp, text);
                try {
                    Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw problem(file() + " could not be written: " + e.getMessage());
        }
    }

    private static EngineException problem(String message) {
        return new EngineException(EngineException.Kind.OTHER, message);
    }
}
