package dev.porthole.layers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which blobs make the image, in order: from {@code manifest.json} ({@code docker save}, also written by Docker
 * 25+ next to its OCI layout) or else from the OCI {@code index.json} and the manifest it points to. Layer order
 * always comes from here, never from the order of entries in the archive.
 *
 * @param name        the image's first tag or reference name, or null when the archive names none
 * @param configPath  archive path of the image config
 * @param layerPaths  archive paths of the layer blobs, bottom first
 */
record ImageManifest(String name, String configPath, List<String> layerPaths) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_INDEX_DEPTH = 4;

    /**
     * The image described by the archive's manifest.
     *
     * @throws LayersException when the archive has no usable manifest
     */
    static ImageManifest of(ArchiveContents contents, String archiveName) {
        byte[] dockerManifest = contents.json.get("manifest.json");
        if (dockerManifest != null) {
            return fromDockerManifest(parse(dockerManifest, "manifest.json", archiveName), archiveName);
        }
        byte[] index = contents.json.get("index.json");
        if (index != null) {
            return fromOciIndex(contents, parse(index, "index.json", archiveName), archiveName);
        }
        throw new LayersException(archiveName + " is not an image archive: it has neither manifest.json"
                + " (docker save) nor index.json (OCI layout)"
                + (contents.layers.isEmpty() ? "." : ", though it holds layer tars (truncated before its end?)."));
    }

    private static ImageManifest fromDockerManifest(JsonNode root, String archiveName) {
        if (!root.isArray() || root.isEmpty() || !root.get(0).isObject()) {
            throw new LayersException(archiveName + " is damaged: its manifest.json lists no image.");
        }
        // several images (docker save a b): the first, as dive does
        JsonNode image = root.get(0);
        String config = image.path("Config").asText("");
        if (config.isEmpty()) {
            throw new LayersException(archiveName + " is damaged: its manifest.json names no image config.");
        }
        List<String> layers = new ArrayList<>();
        for (JsonNode layer : image.path("Layers")) {
            layers.add(ImageArchiveReader.archivePath(layer.asText()));
        }
        JsonNode tags = image.path("RepoTags");
        String name = tags.isArray() && !tags.isEmpty() ? tags.get(0).asText(null) : null;
        return new ImageManifest(name, ImageArchiveReader.archivePath(config), layers);
    }

    private static ImageManifest fromOciIndex(ArchiveContents contents, JsonNode index, String archiveName) {
        JsonNode descriptor = chooseManifest(contents, index, archiveName, 0);
        String name = refName(descriptor);
        String manifestPath = blobPath(descriptor.path("digest").asText(""), archiveName);
        byte[] manifestBytes = contents.json.get(manifestPath);
        if (manifestBytes == null) {
            throw missing(archiveName, "the image manifest " + manifestPath + " named by index.json");
        }
        JsonNode manifest = parse(manifestBytes, manifestPath, archiveName);
        String config = blobPath(manifest.path("config").path("digest").asText(""), archiveName);
        List<String> layers = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            layers.add(blobPath(layer.path("digest").asText(""), archiveName));
        }
        return new ImageManifest(name, config, layers);
    }

    /** The image manifest's descriptor: indexes are followed, this machine's platform preferred, attestations skipped. */
    private static JsonNode chooseManifest(ArchiveContents contents, JsonNode index, String archiveName, int depth) {
        if (depth > MAX_INDEX_DEPTH) {
            throw new LayersException(archiveName + " is damaged: its image indexes nest too deep.");
        }
        List<JsonNode> images = new ArrayList<>();
        for (JsonNode d : index.path("manifests")) {
            String type = d.path("annotations").path("vnd.docker.reference.type").asText("");
            String os = d.path("platform").path("os").asText("");
            if (!type.equals("attestation-manifest") && !os.equals("unknown")) {
                images.add(d);
            }
        }
        if (images.isEmpty()) {
            throw new LayersException(archiveName + " is damaged: its index lists no image manifest.");
        }
        JsonNode chosen = images.getFirst();
        String arch = hostArchitecture();
        for (JsonNode d : images) {
            JsonNode platform = d.path("platform");
            if (platform.path("os").asText("linux").equals("linux")
                    && platform.path("architecture").asText(arch).equals(arch)) {
                chosen = d;
                break;
            }
        }
        String type = chosen.path("mediaType").asText("");
        if (type.contains("image.index") || type.contains("manifest.list")) {
            String path = blobPath(chosen.path("digest").asText(""), archiveName);
            byte[] nested = contents.json.get(path);
            if (nested == null) {
                throw missing(archiveName, "the image index " + path);
            }
            JsonNode inner = chooseManifest(contents, parse(nested, path, archiveName), archiveName, depth + 1);
            // keep the outer name when the inner descriptor has none
            return refName(inner) == null && refName(chosen) != null ? withName(inner, refName(chosen)) : inner;
        }
        return chosen;
    }

    private static String refName(JsonNode descriptor) {
        JsonNode annotations = descriptor.path("annotations");
        String full = annotations.path("io.containerd.image.name").asText("");
        if (!full.isEmpty()) {
            return full;
        }
        String ref = annotations.path("org.opencontainers.image.ref.name").asText("");
        return ref.isEmpty() ? null : ref;
    }

    private static JsonNode withName(JsonNode descriptor, String name) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = descriptor.deepCopy();
        copy.withObject("/annotations").put("io.containerd.image.name", name);
        return copy;
    }

    /** "sha256:abc" as the archive path "blobs/sha256/abc". */
    static String blobPath(String digest, String archiveName) {
        int colon = digest.indexOf(':');
        if (colon <= 0 || colon == digest.length() - 1 || digest.indexOf('/') >= 0) {
            throw new LayersException(archiveName + " is damaged: \"" + digest + "\" is not a blob digest.");
        }
        return "blobs/" + digest.substring(0, colon) + "/" + digest.substring(colon + 1);
    }

    static JsonNode parse(byte[] json, String path, String archiveName) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new LayersException(archiveName + " is damaged: " + path + " is not valid JSON.", e);
        }
    }

    static LayersException missing(String archiveName, String what) {
        return new LayersException(archiveName + " is incomplete: " + what + " is not in it (truncated?).");
    }

    private static String hostArchitecture() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
    }
}
