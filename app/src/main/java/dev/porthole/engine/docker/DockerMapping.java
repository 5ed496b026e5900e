package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.ImageHistory;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.VersionComponent;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;
import dev.porthole.model.ContainerDetails;
import dev.porthole.model.ContainerDetails.MountInfo;
import dev.porthole.model.ContainerDetails.NetworkAttachment;
import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.Ids;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.model.ImageSummary;
import dev.porthole.model.PortMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Engine answers (docker-java models, inspect JSON) as Porthole's records, sorted where the engine does not. */
final class DockerMapping {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private DockerMapping() {
    }

    static final Comparator<ContainerSummary> BY_NAME = Comparator
            .comparing(ContainerSummary::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ContainerSummary::name)
            .thenComparing(ContainerSummary::id);

    static final Comparator<ImageSummary> IMAGE_ORDER = Comparator
            .comparing(ImageSummary::dangling)
            .thenComparing(i -> i.repoTags().isEmpty() ? "" : i.repoTags().getFirst(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Comparator.comparing(ImageSummary::created,
                    Comparator.nullsLast(Comparator.reverseOrder())))
            .thenComparing(ImageSummary::id);

    static final Comparator<PortMapping> PORT_ORDER = Comparator
            .comparingInt(PortMapping::privatePort)
            .thenComparing(PortMapping::protocol, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(PortMapping::publicPort)
            .thenComparing(PortMapping::ip, Comparator.nullsFirst(Comparator.naturalOrder()));

    static String productName(Version v) {
        List<VersionComponent> components = v.getComponents() == null ? List.of() : v.getComponents();
        for (VersionComponent c : components) {
            if (c.getName() != null && c.getName().toLowerCase(Locale.ROOT).contains("podman")) {
                return c.getName();
            }
        }
        String platform = v.getPlatform() == null ? null : v.getPlatform().getName();
        // Podman puts "linux/amd64/debian-12" there, Docker CE "Docker Engine - Community", distro builds ""
        if (platform != null && !platform.isBlank() && !platform.contains("/")) {
            return platform;
        }
        return "Docker Engine";
    }

    static ContainerSummary toSummary(Container c) {
        String name = c.getNames() == null ? "" : Arrays.stream(c.getNames()).map(DockerMapping::stripSlash)
                .filter(n -> !n.contains("/")).findFirst().orElse(stripSlash(c.getNames()[0]));
        List<PortMapping> ports = c.getPorts() == null ? List.of() : Arrays.stream(c.getPorts())
                .map(DockerMapping::toPort).sorted(PORT_ORDER).toList();
        return new ContainerSummary(c.getId(), name, nullToEmpty(c.getImage()), nullToEmpty(c.getImageId()),
                nullToEmpty(c.getCommand()), ContainerState.parse(c.getState()), nullToEmpty(c.getStatus()), ports,
                c.getCreated() == null ? null : Instant.ofEpochSecond(c.getCreated()), cleanMap(c.getLabels()));
    }

    private static PortMapping toPort(ContainerPort p) {
        return new PortMapping(p.getPrivatePort() == null ? 0 : p.getPrivatePort(),
                p.getPublicPort() == null ? 0 : p.getPublicPort(), p.getIp(),
                p.getType() == null ? "tcp" : p.getType());
    }

    static ImageSummary toImage(Image i, int containers) {
        List<String> tags = i.getRepoTags() == null ? List.of() : Arrays.stream(i.getRepoTags())
                .filter(t -> t != null && !t.equals("<none>:<none>")).sorted().toList();
        List<String> digests = i.getRepoDigests() == null ? List.of() : Arrays.stream(i.getRepoDigests())
                .filter(d -> d != null && !d.equals("<none>@<none>")).sorted().toList();
        return new ImageSummary(i.getId(), tags, digests, i.getSize() == null ? 0 : i.getSize(),
                i.getCreated() == null ? null : Instant.ofEpochSecond(i.getCreated()), containers,
                cleanMap(i.getLabels()));
    }

    static ImageHistoryEntry toHistory(ImageHistory h) {
        String id = h.getId() == null || h.getId().isBlank() ? "<missing>" : h.getId();
        List<String> tags = h.getTags() == null ? List.of()
                : h.getTags().stream().filter(Objects::nonNull).filter(t -> !t.equals("<none>:<none>")).toList();
        return new ImageHistoryEntry(id, nullToEmpty(h.getCreatedBy()), h.getSize() == null ? 0 : h.getSize(),
                h.getCreated() == null ? null : Instant.ofEpochSecond(h.getCreated()), tags,
                nullToEmpty(h.getComment()));
    }

    static EngineEvent toEvent(Event e) {
        // docker-java maps types it does not know (Podman's "pod", "system") to null
        String type = e.getType() != null ? e.getType().getValue() : "unknown";
        String action = e.getAction() != null ? e.getAction() : e.getStatus();
        String actor = e.getActor() != null && e.getActor().getId() != null ? e.getActor().getId() : e.getId();
        Map<String, String> attributes = e.getActor() == null ? Map.of() : cleanMap(e.getActor().getAttributes());
        Instant time = e.getTimeNano() != null && e.getTimeNano() > 0 ? Instant.ofEpochSecond(0, e.getTimeNano())
                : e.getTime() != null ? Instant.ofEpochSecond(e.getTime()) : Instant.now();
        return new EngineEvent(type, nullToEmpty(action), nullToEmpty(actor), attributes, time);
    }

    /** Inspect JSON grouped for the detail pane; {@code summary} is the list row, or null to derive one. */
    static ContainerDetails details(JsonNode root, ContainerSummary summary) {
        return new ContainerDetails(summary != null ? summary : summaryFromInspect(root), overview(root),
                mounts(root), networks(root),
                Collections.unmodifiableMap(new TreeMap<>(textMap(root.path("Config").path("Labels")))),
                Collections.unmodifiableMap(environment(root.path("Config").path("Env"))), pretty(root));
    }

    private static ContainerSummary summaryFromInspect(JsonNode root) {
        List<PortMapping> ports = new ArrayList<>();
        root.path("NetworkSettings").path("Ports").properties().forEach(entry -> {
            String[] portAndProto = entry.getKey().split("/", 2);
            int privatePort = parseInt(portAndProto[0]);
            String proto = portAndProto.length > 1 ? portAndProto[1] : "tcp";
            if (entry.getValue().isArray() && !entry.getValue().isEmpty()) {
                for (JsonNode b : entry.getValue()) {
                    ports.add(new PortMapping(privatePort, parseInt(b.path("HostPort").asText()),
                            b.path("HostIp").asText(null), proto));
                }
            } else {
                ports.add(new PortMapping(privatePort, 0, null, proto));
            }
        });
        ports.sort(PORT_ORDER);
        JsonNode state = root.path("State");
        Instant created = parseInstant(root.path("Created").asText(null));
        return new ContainerSummary(root.path("Id").asText(), stripSlash(root.path("Name").asText()),
                root.path("Config").path("Image").asText(""), root.path("Image").asText(""),
                commandLine(root.path("Path"), root.path("Args")), ContainerState.parse(state.path("Status").asText()),
                state.path("Status").asText(""), ports, created, textMap(root.path("Config").path("Labels")));
    }

    private static Map<String, String> overview(JsonNode root) {
        Map<String, String> o = new LinkedHashMap<>();
        JsonNode config = root.path("Config");
        JsonNode state = root.path("State");
        JsonNode hostConfig = root.path("HostConfig");
        put(o, "ID", root.path("Id").asText(null));
        put(o, "Name", stripSlash(root.path("Name").asText("")));
        put(o, "Image", config.path("Image").asText(null));
        put(o, "Image ID", root.path("Image").asText(null));
        put(o, "Command", commandLine(root.path("Path"), root.path("Args")));
        put(o, "Entrypoint", commandLine(config.path("Entrypoint")));
        put(o, "Created", time(root.path("Created").asText(null)));
        put(o, "State", state.path("Status").asText(null));
        put(o, "Started", time(state.path("StartedAt").asText(null)));
        put(o, "Finished", time(state.path("FinishedAt").asText(null)));
        if (!state.path("Running").asBoolean(false) && state.has("ExitCode") && time(state.path("FinishedAt")
                .asText(null)) != null) {
            put(o, "Exit code", state.path("ExitCode").asText());
        }
        put(o, "Error", state.path("Error").asText(null));
        put(o, "Health", state.path("Health").path("Status").asText(null));
        String policy = hostConfig.path("RestartPolicy").path("Name").asText("");
        int retries = hostConfig.path("RestartPolicy").path("MaximumRetryCount").asInt(0);
        put(o, "Restart policy", policy.isEmpty() ? "no" : policy + (retries > 0 ? ":" + retries : ""));
        put(o, "Restart count", root.path("RestartCount").asText(null));
        put(o, "Auto remove", hostConfig.has("AutoRemove") ? (hostConfig.path("AutoRemove").asBoolean() ? "yes"
                : "no") : null);
        put(o, "Working dir", config.path("WorkingDir").asText(null));
        put(o, "User", config.path("User").asText(null));
        put(o, "Hostname", config.path("Hostname").asText(null));
        put(o, "Platform", root.path("Platform").asText(null));
        put(o, "Storage driver", root.path("Driver").asText(null));
        return Collections.unmodifiableMap(o);
    }

    private static List<MountInfo> mounts(JsonNode root) {
        List<MountInfo> mounts = new ArrayList<>();
        for (JsonNode m : root.path("Mounts")) {
            String type = m.path("Type").asText("");
            // a volume is known by its name; a bind by its host path
            String source = type.equals("volume") && m.hasNonNull("Name") ? m.path("Name").asText()
                    : m.path("Source").asText("");
            mounts.add(new MountInfo(type, source, m.path("Destination").asText(""), m.path("RW").asBoolean(true)));
        }
        mounts.sort(Comparator.comparing(MountInfo::destination));
        return List.copyOf(mounts);
    }

    private static List<NetworkAttachment> networks(JsonNode root) {
        List<NetworkAttachment> networks = new ArrayList<>();
        root.path("NetworkSettings").path("Networks").properties().forEach(entry -> {
            JsonNode n = entry.getValue();
            List<String> aliases = new ArrayList<>();
            n.path("Aliases").forEach(a -> aliases.add(a.asText()));
            networks.add(new NetworkAttachment(entry.getKey(), n.path("IPAddress").asText(""),
                    n.path("Gateway").asText(""), n.path("MacAddress").asText(""), List.copyOf(aliases)));
        });
        networks.sort(Comparator.comparing(NetworkAttachment::network));
        return List.copyOf(networks);
    }

    private static Map<String, String> environment(JsonNode env) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (JsonNode entry : env) {
            String text = entry.asText();
            int eq = text.indexOf('=');
            vars.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
        }
        return vars;
    }

    private static Map<String, String> textMap(JsonNode object) {
        Map<String, String> map = new HashMap<>();
        object.properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                map.put(e.getKey(), e.getValue().asText());
            }
        });
        return map;
    }

    private static String commandLine(JsonNode... parts) {
        List<String> words = new ArrayList<>();
        for (JsonNode part : parts) {
            if (part.isArray()) {
                part.forEach(w -> words.add(w.asText()));
            } else if (part.isTextual() && !part.asText().isEmpty()) {
                words.add(part.asText());
            }
        }
        return words.stream().map(DockerMapping::quoteWord).collect(Collectors.joining(" "));
    }

    private static String quoteWord(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(ch -> Character.isWhitespace(ch) || ch == '\'' || ch == '"')) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /** The engine's time text, or null for its "never" (year 1). */
    private static String time(String text) {
        return text == null || text.isBlank() || text.startsWith(ZERO_TIME.substring(0, 10)) ? null : text;
    }

    private static Instant parseInstant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new EngineException(Kind.OTHER, "The engine's answer is not JSON: " + e.getMessage(), e);
        }
    }

    static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> cleanMap(Map<String, String> map) {
        if (map == null) {
            return Map.of();
        }
        // Map.copyOf in the records refuses null keys and values, which engines do send
        return map.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    static String stripSlash(String name) {
        return name != null && name.startsWith("/") ? name.substring(1) : nullToEmpty(name);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An id without its "sha256:" prefix (Podman's container list leaves it off). */
    static String bareId(String id) {
        return id == null ? "" : id.startsWith("sha256:") ? id.substring(7) : id;
    }

    /** How an object is named in messages: a full 64-hex id shortened as the CLI shows it. */
    static String shown(String idOrName) {
        return idOrName != null && idOrName.matches("(sha256:)?[0-9a-f]{64}") ? Ids.shortId(idOrName) : idOrName;
    }

    /** An id or reference as one segment of a request path (a reference's / : @ stay as they are). */
    static String pathSegment(String idOrRef) {
        return URLEncoder.encode(idOrRef, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%2F", "/").replace("%3A", ":").replace("%40", "@");
    }
}
