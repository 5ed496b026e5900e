package dev.porthole.layers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes synthetic image archives from layer descriptions, in the layouts real tools write: {@code docker save}
 * before Docker 25, Docker 25+ (OCI layout plus manifest.json), and plain OCI (skopeo). For tests and benchmarks,
 * so no engine is needed; file contents are a repeated pattern, streamed, never held whole.
 */
public final class ImageArchiveWriter {

    /** How the archive is laid out. */
    public enum Layout {
        /** {@code manifest.json}, {@code <id>/layer.tar}, {@code <config>.json}: docker save before Docker 25. */
        DOCKER_SAVE,
        /** {@code oci-layout}, {@code index.json}, {@code blobs/sha256/…}, plus {@code manifest.json}: Docker 25+. */
        DOCKER_OCI,
        /** {@code oci-layout}, {@code index.json}, {@code blobs/sha256/…}: skopeo's oci-archive. */
        OCI
    }

    /** How layer blobs are compressed. */
    public enum Compression { NONE, GZIP, ZSTD }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PATTERN = patternBlock();
    private static final java.nio.file.attribute.FileTime FIXED_TIME =
            java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L);

    private Layout layout = Layout.DOCKER_SAVE;
    private Compression compression = Compression.NONE;
    private String tag = "porthole-test/layers:latest";
    private boolean metadataFirst;
    private boolean keepLayerTars;

    /** An archive in {@code layout}. */
    public static ImageArchiveWriter of(Layout layout) {
        ImageArchiveWriter writer = new ImageArchiveWriter();
        writer.layout = layout;
        return writer;
    }

    /** Compresses layer blobs. */
    public ImageArchiveWriter compression(Compression value) {
        this.compression = value;
        return this;
    }

    /** The tag the archive names (RepoTags, or the OCI ref name annotation); null for none. */
    public ImageArchiveWriter tag(String value) {
        this.tag = value;
        return this;
    }

    /** Writes manifests and config before the layer blobs (real tools write them last). */
    public ImageArchiveWriter metadataFirst(boolean value) {
        this.metadataFirst = value;
        return this;
    }

    /** Keeps each layer's uncompressed tar next to the archive (for {@code tar -tvf} comparisons). */
    public ImageArchiveWriter keepLayerTars(boolean value) {
        this.keepLayerTars = value;
        return this;
    }

    /** What was written. */
    public record Written(Path archive, List<String> diffIds, List<Path> layerTars) {
    }

    /** Writes {@code layers} (bottom first) as an image archive at {@code archive}. */
    public Written write(Path archive, List<Layer> layers) throws IOException {
        Path dir = archive.toAbsolutePath().getParent();
        List<Path> plainTars = new ArrayList<>();
        List<Path> blobs = new ArrayList<>();
        List<String> diffIds = new ArrayList<>();
        List<String> blobDigests = new ArrayList<>();
        try {
            for (int i = 0; i < layers.size(); i++) {
                Path plain = Files.createTempFile(dir, "layer-" + i + "-", ".tar");
                plainTars.add(plain);
                diffIds.add(writeLayerTar(layers.get(i), plain));
                if (compression == Compression.NONE) {
                    blobs.add(plain);
                    blobDigests.add(diffIds.get(i));
                } else {
                    Path blob = Files.createTempFile(dir, "blob-" + i + "-", ".tar");
                    blobDigests.add(compress(plain, blob));
                    blobs.add(blob);
                }
            }
            writeArchive(archive, layers, diffIds, blobDigests, blobs);
            return new Written(archive, List.copyOf(diffIds), keepLayerTars ? List.copyOf(plainTars) : List.of());
        } finally {
            for (Path blob : blobs) {
                if (!plainTars.contains(blob)) {
                    Files.deleteIfExists(blob);
                }
            }
            if (!keepLayerTars) {
                for (Path p : plainTars) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void writeArchive(Path archive, List<Layer> layers, List<String> diffIds, List<String> blobDigests,
                              List<Path> blobs) throws IOException {
        byte[] config = config(layers, diffIds);
        String configDigest = sha256(config);
        // blob entries by archive path, written in path order as tar of a folder would: not the manifest's order
        TreeMap<String, Object> blobEntries = new TreeMap<>();
        Map<String, byte[]> metadata = new java.util.LinkedHashMap<>();
        List<String> layerPaths = new ArrayList<>();
        Map<String, String> firstPathOfDigest = new HashMap<>();
        if (layout == Layout.DOCKER_SAVE) {
            for (int i = 0; i < blobs.size(); i++) {
                String folder = sha256((diffIds.get(i) + "/" + i).getBytes(StandardCharsets.UTF_8)).substring(7);
                String path = folder + "/layer.tar";
                String earlier = firstPathOfDigest.putIfAbsent(blobDigests.get(i), path);
                // docker save links a layer repeated in the image to its first copy
                blobEntries.put(path, earlier != null ? new Link("../" + earlier) : blobs.get(i));
                layerPaths.add(path);
            }
            blobEntries.put(configDigest.substring(7) + ".json", config);
            metadata.put("manifest.json", dockerManifest(configDigest.substring(7) + ".json", layerPaths));
        } else {
            for (int i = 0; i < blobs.size(); i++) {
                String path = "blobs/sha256/" + blobDigests.get(i).substring(7);
                blobEntries.putIfAbsent(path, blobs.get(i));
                layerPaths.add(path);
            }
            blobEntries.put("blobs/sha256/" + configDigest.substring(7), config);
            byte[] manifest = ociManifest(configDigest, config.length, blobDigests, blobs);
            String manifestDigest = sha256(manifest);
            blobEntries.put("blobs/sha256/" + manifestDigest.substring(7), manifest);
            metadata.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
            metadata.put("index.json", ociIndex(manifestDigest, manifest.length));
            if (layout == Layout.DOCKER_OCI) {
                metadata.put("manifest.json", dockerManifest("blobs/sha256/" + configDigest.substring(7),
                        layerPaths));
            }
        }
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(file)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            if (metadataFirst) {
                writeAll(tar, metadata);
            }
            for (Map.Entry<String, Object> e : blobEntries.entrySet()) {
                switch (e.getValue()) {
                    case Path p -> {
                        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                        entry.setModTime(FIXED_TIME);
                        entry.setSize(Files.size(p));
                        tar.putArchiveEntry(entry);
                        Files.copy(p, tar);
                        tar.closeArchiveEntry();
                    }
                    case byte[] bytes -> writeBytes(tar, e.getKey(), bytes);
                    case Link link -> {
                        TarArchiveEntry entry = new TarArchiveEntry(e.getKey(), TarConstants.LF_SYMLINK);
                        entry.setModTime(FIXED_TIME);
                        entry.setLinkName(link.target());
                        tar.putArchiveEntry(entry);
                        tar.closeArchiveEntry();
                    }
                    default -> throw new IllegalStateException(String.valueOf(e.getValue()));
                }
            }
            if (!metadataFirst) {
                writeAll(tar, metadata);
            }
        }
    }

    private record Link(String target) {
    }

    private static void writeAll(TarArchiveOutputStream tar, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            writeBytes(tar, e.getKey(), e.getValue());
        }
    }

    private static void writeBytes(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setModTime(FIXED_TIME);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    /** Writes one layer tar; returns its diff id (sha256 of the tar). */
    private static String writeLayerTar(Layer layer, Path target) throws IOException {
        MessageDigest digest = sha256Digest();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
             DigestOutputStream digesting = new DigestOutputStream(file, digest);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(digesting)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Entry e : layer.entries) {
                TarArchiveEntry entry = switch (e.type) {
                    case DIRECTORY -> new TarArchiveEntry(e.path.endsWith("/") ? e.path : e.path + "/");
                    case SYMLINK -> new TarArchiveEntry(e.path, TarConstants.LF_SYMLINK);
                    case HARDLINK -> new TarArchiveEntry(e.path, TarConstants.LF_LINK);
                    default -> new TarArchiveEntry(e.path);
                };
                // a fixed time, so equal layers get equal digests, as reproducible builds do
                entry.setModTime(FIXED_TIME);
                entry.setMode(e.mode);
                entry.setUserId(e.uid);
                entry.setGroupId(e.gid);
                if (e.link != null) {
                    entry.setLinkName(e.link);
                }
                if (e.type == EntryType.FILE) {
                    entry.setSize(e.size);
                }
                tar.putArchiveEntry(entry);
                if (e.type == EntryType.FILE) {
                    writePattern(tar, e.size);
                }
                tar.closeArchiveEntry();
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static void writePattern(OutputStream out, long size) throws IOException {
        long left = size;
        while (left > 0) {
            int n = (int) Math.min(left, PATTERN.length);
            out.write(PATTERN, 0, n);
            left -= n;
        }
    }

    private String compress(Path plain, Path blob) throws IOException {
        MessageDigest digest = sha256Digest();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(blob), 1 << 16);
             DigestOutputStream digesting = new DigestOutputStream(file, digest);
             OutputStream compressing = compression == Compression.GZIP ? new GZIPOutputStream(digesting, 1 << 16)
                     : new ZstdCompressorOutputStream(digesting)) {
            Files.copy(plain, compressing);
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private byte[] config(List<Layer> layers, List<String> diffIds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("architecture", "amd64").put("os", "linux");
        ArrayNode history = root.putArray("history");
        for (int i = 0; i < layers.size(); i++) {
            // real configs interleave metadata steps that make no layer; the analysis must skip them
            history.addObject().put("created_by", "/bin/sh -c #(nop)  LABEL step=" + i).put("empty_layer", true);
            history.addObject().put("created_by", layers.get(i).createdBy);
        }
        ObjectNode rootfs = root.putObject("rootfs").put("type", "layers");
        ArrayNode ids = rootfs.putArray("diff_ids");
        diffIds.forEach(ids::add);
        return bytes(root);
    }

    private byte[] dockerManifest(String configPath, List<String> layerPaths) {
        ArrayNode root = JSON.createArrayNode();
        ObjectNode image = root.addObject().put("Config", configPath);
        ArrayNode tags = image.putArray("RepoTags");
        if (tag != null) {
            tags.add(tag);
        }
        ArrayNode layersNode = image.putArray("Layers");
        layerPaths.forEach(layersNode::add);
        return bytes(root);
    }

    private byte[] ociManifest(String configDigest, long configSize, List<String> blobDigests, List<Path> blobs)
            throws IOException {
        ObjectNode root = JSON.createObjectNode().put("schemaVersion", 2)
                .put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        root.putObject("config").put("mediaType", "application/vnd.oci.image.config.v1+json")
                .put("digest", configDigest).put("size", configSize);
        ArrayNode layersNode = root.putArray("layers");
        String suffix = switch (compression) {
            case NONE -> "";
            case GZIP -> "+gzip";
            case ZSTD -> "+zstd";
        };
        for (int i = 0; i < blobs.size(); i++) {
            layersNode.addObject().put("mediaType", "application/vnd.oci.image.layer.v1.tar" + suffix)
                    .put("digest", blobDigests.get(i)).put("size", Files.size(blobs.get(i)));
        }
        return bytes(root);
    }

    private byte[] ociIndex(String manifestDigest, long manifestSize) {
        ObjectNode root = JSON.createObjectNode().put("schemaVersion", 2);
        ObjectNode descriptor = root.putArray("manifests").addObject()
                .put("mediaType", "application/vnd.oci.image.manifest.v1+json")
                .put("digest", manifestDigest).put("size", manifestSize);
        if (tag != null) {
            descriptor.putObject("annotations").put("org.opencontainers.image.ref.name", tag);
        }
        return bytes(root);
    }

    private static byte[] bytes(Object node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        return "sha256:" + HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] patternBlock() {
        byte[] block = new byte[64 * 1024];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31 + (i >>> 8));
        }
        return block;
    }

    /** One tar entry of a layer. */
    private record Entry(String path, EntryType type, long size, int mode, int uid, int gid, String link) {
    }

    /** A layer to write: the command that "made" it and its entries, in tar order. */
    public static final class Layer {
        private final String createdBy;
        private final List<Entry> entries = new ArrayList<>();

        /** A layer whose config history step is {@code createdBy} (as the builder writes it, e.g. "/bin/sh -c …"). */
        public Layer(String createdBy) {
            this.createdBy = createdBy;
        }

        /** A regular file of {@code size} bytes, mode 0644, owned by root. */
        public Layer file(String path, long size) {
            return file(path, size, 0644, 0, 0);
        }

        public Layer file(String path, long size, int mode, int uid, int gid) {
            entries.add(new Entry(path, EntryType.FILE, size, mode, uid, gid, null));
            return this;
        }

        /** A folder with its own header, mode 0755. */
        public Layer dir(String path) {
            entries.add(new Entry(path, EntryType.DIRECTORY, 0, 0755, 0, 0, null));
            return this;
        }

        public Layer symlink(String path, String target) {
            entries.add(new Entry(path, EntryType.SYMLINK, 0, 0777, 0, 0, target));
            return this;
        }

        public Layer hardlink(String path, String target) {
            entries.add(new Entry(path, EntryType.HARDLINK, 0, 0644, 0, 0, target));
            return this;
        }

        /** The whiteout {@code .wh.NAME} that removes {@code path} (and all under it) from the layers below. */
        public Layer whiteout(String path) {
            int slash = path.lastIndexOf('/');
            entries.add(new Entry(path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1), EntryType.FILE,
                    0, 0644, 0, 0, null));
            return this;
        }

        /** The opaque marker that hides everything below {@code folder} in the layers below. */
        public Layer opaque(String folder) {
            entries.add(new Entry((folder.endsWith("/") ? folder : folder + "/") + ".wh..wh..opq", EntryType.FILE,
                    0, 0644, 0, 0, null));
            return this;
        }

        /** How many entries it has. */
        public int size() {
            return entries.size();
        }
    }
}
