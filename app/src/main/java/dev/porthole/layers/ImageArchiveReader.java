package dev.porthole.layers;

import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdUtils;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads an image archive in one sequential pass, like dive's {@code image_archive.go}: every layer tar is listed
 * as it streams by (plain, gzip or zstd, told apart by their first bytes, never by name or media type), small JSON
 * files are kept, everything else is skipped. File contents are never held.
 */
final class ImageArchiveReader {

    /** Manifests, configs and indexes are kilobytes; a larger JSON-looking blob is not one of them. */
    static final int MAX_JSON_BYTES = 16 << 20;

    private static final int OUTER_BUFFER = 64 * 1024;
    /** Smaller than the outer buffer so a large file in a plain layer is skipped by seeking, not read. */
    private static final int LAYER_BUFFER = 16 * 1024;
    private static final int CHECK_EVERY = 1024;
    /** Progress is told at least this often, so a layer of a few huge files does not look stuck. */
    private static final long REPORT_EVERY_BYTES = 8 << 20;

    private final String archiveName;
    private final CountingInputStream counted;
    private final long totalBytes;
    private final AnalysisProgress progress;
    private final ArchiveContents contents = new ArchiveContents();
    private int entriesSinceCheck;
    private long reportedAt;

    private ImageArchiveReader(String archiveName, CountingInputStream counted, long totalBytes,
                               AnalysisProgress progress) {
        this.archiveName = archiveName;
        this.counted = counted;
        this.totalBytes = totalBytes;
        this.progress = progress;
    }

    /**
     * Reads the archive {@code source} to its end.
     *
     * @throws LayersException        when it is not an image archive, or is damaged or truncated
     * @throws IOException            when reading the source itself fails
     * @throws CancellationException  when the thread is interrupted
     */
    static ArchiveContents read(InputStream source, String archiveName, long totalBytes, AnalysisProgress progress)
            throws IOException {
        CountingInputStream counted = new CountingInputStream(source);
        return new ImageArchiveReader(archiveName, counted, totalBytes, progress).readAll();
    }

    private ArchiveContents readAll() throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(counted, OUTER_BUFFER);
        buffered.mark(8);
        byte[] magic = buffered.readNBytes(4);
        buffered.reset();
        if (magic.length == 0) {
            throw new LayersException(archiveName + " is empty, so it is not an image archive.");
        }
        InputStream tarStream = buffered;
        boolean seekable = true;
        Compression compression = Compression.of(magic, magic.length);
        if (compression != Compression.NONE) {
            // a compressed archive (docker save | gzip): its skips must decompress anyway
            tarStream = decompress(compression, buffered, archiveName);
            seekable = false;
        }
        TarReader outer = new TarReader(tarStream, seekable, OUTER_BUFFER);
        try {
            while (nextOuter(outer)) {
                checkpoint();
                String name = archivePath(outer.name());
                switch (outer.type()) {
                    case TarReader.FILE -> readBlob(outer, name);
                    case TarReader.SYMLINK -> contents.links.put(name, resolveLink(name, outer.linkName(), true));
                    case TarReader.HARDLINK -> contents.links.put(name, resolveLink(name, outer.linkName(), false));
                    default -> {
                        // folders and anything else carry nothing
                    }
                }
            }
        } catch (EOFException e) {
            throw new LayersException(archiveName + " is truncated: " + e.getMessage()
                    + ". Save or copy it again.", e);
        } catch (TarReader.TarFormatException e) {
            throw new LayersException(archiveName + " is damaged: " + e.getMessage() + ".", e);
        } catch (ZipException e) {
            throw new LayersException(archiveName + " is damaged: its gzip compression is broken ("
                    + e.getMessage() + ").", e);
        }
        progress.update(counted.count(), totalBytes);
        return contents;
    }

    private boolean nextOuter(TarReader outer) throws IOException {
        try {
            return outer.next();
        } catch (TarReader.TarFormatException | EOFException e) {
            if (outer.headerOffset() == 0) {
                // not even one header: not a damaged archive but something else (or less than a tar header)
                throw new LayersException(archiveName + " is not an image archive: it is not a tar file"
                        + " (docker save and OCI archives are).", e);
            }
            throw e;
        }
    }

    private void readBlob(TarReader outer, String name) throws IOException {
        InputStream entry = outer.entryStream();
        byte[] head = entry.readNBytes(TarReader.BLOCK);
        InputStream data = new PrefixedInputStream(head, head.length, entry);
        Compression compression = Compression.of(head, head.length);
        if (compression != Compression.NONE) {
            readLayer(name, () -> decompress(compression, data, "layer " + name), false);
        } else if (TarHeaders.looksLikeTar(head, head.length)) {
            readLayer(name, () -> data, true);
        } else if (looksLikeJson(head, head.length) && outer.size() <= MAX_JSON_BYTES) {
            contents.json.put(name, data.readAllBytes());
        } else {
            // VERSION files, signatures, unknown blobs: skipped with the entry; said only if the manifest needs it
            contents.damaged.put(name, "it starts with neither a tar header nor gzip or zstd magic bytes");
        }
    }

    private void readLayer(String name, StreamOpener opener, boolean seekable) throws IOException {
        try {
            InputStream layerStream = opener.open();
            TarReader tar = new TarReader(layerStream, seekable, LAYER_BUFFER);
            LayerListing.Builder listing = new LayerListing.Builder(contents.paths);
            while (tar.next()) {
                listing.add(tar);
                if (++entriesSinceCheck >= CHECK_EVERY || counted.count() - reportedAt >= REPORT_EVERY_BYTES) {
                    checkpoint();
                }
            }
            contents.layers.put(name, listing.build());
        } catch (TarReader.TarFormatException | ZipException e) {
            contents.damaged.put(name, e.getMessage());
        } catch (EOFException e) {
            // either this blob is broken inside, or the archive itself ends here; the outer reader tells which
            // when it moves on, so record it and continue
            contents.damaged.put(name, e.getMessage());
        } catch (IOException e) {
            if (isZstdFailure(e)) {
                contents.damaged.put(name, "its zstd compression is broken (" + e.getMessage() + ")");
            } else {
                throw e;
            }
        }
    }

    private static boolean isZstdFailure(IOException e) {
        return e.getClass().getName().startsWith("com.github.luben.zstd");
    }

    private void checkpoint() {
        entriesSinceCheck = 0;
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Reading " + archiveName + " was cancelled.");
        }
        reportedAt = counted.count();
        progress.update(reportedAt, totalBytes);
    }

    static InputStream decompress(Compression compression, InputStream in, String what) throws IOException {
        return switch (compression) {
            case GZIP -> new GZIPInputStream(in, 64 * 1024);
            case ZSTD -> {
                if (!ZstdUtils.isZstdCompressionAvailable()) {
                    throw new LayersException(what + " is zstd-compressed, and the zstd library (zstd-jni) is not"
                            + " available in this installation.");
                }
                yield new ZstdCompressorInputStream(in);
            }
            case NONE -> in;
        };
    }

    /** A path inside the archive without "./" or a leading "/", as manifests name entries. */
    static String archivePath(String name) {
        String p = name;
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Where a link entry points, as an archive path: symlinks relative to their folder, hard links to the root. */
    static String resolveLink(String name, String target, boolean symbolic) {
        if (target == null) {
            return "";
        }
        String base = "";
        if (symbolic && !target.startsWith("/")) {
            int slash = name.lastIndexOf('/');
            base = slash >= 0 ? name.substring(0, slash + 1) : "";
        }
        return LayerListing.Builder.clean(base + target);
    }

    private static boolean looksLikeJson(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            byte b = head[i];
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }

    /** Compression told from magic bytes, as dive and containerd do. */
    enum Compression {
        NONE, GZIP, ZSTD;

        static Compression of(byte[] head, int length) {
            if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return GZIP;
            }
            if (length >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                    && (head[3] & 0xff) == 0xfd) {
                return ZSTD;
            }
            return NONE;
        }
    }

    @FunctionalInterface
    private interface StreamOpener {
        InputStream open() throws IOException;
    }

    /** Bytes already read from an entry, then the rest of it; skips pass through to the entry (which seeks). */
    static final class PrefixedInputStream extends InputStream {
        private final byte[] head;
        private final int headLength;
        private final InputStream rest;
        private int pos;

        PrefixedInputStream(byte[] head, int headLength, InputStream rest) {
            this.head = head;
            this.headLength = headLength;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            return pos < headLength ? head[pos++] & 0xff : rest.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos < headLength) {
                int n = Math.min(len, headLength - pos);
                System.arraycopy(head, pos, b, off, n);
                pos += n;
                return n;
            }
            return rest.read(b, off, len);
        }

        @Override
        public long skip(long n) throws IOException {
            if (n <= 0) {
                return 0;
            }
            if (pos < headLength) {
                int k = (int) Math.min(n, headLength - pos);
                pos += k;
                return k;
            }
            return rest.skip(n);
        }
    }

    /** Counts bytes read and skipped from the source, for progress. */
    static final class CountingInputStream extends InputStream {
        private final InputStream in;
        private long count;

        CountingInputStream(InputStream in) {
            this.in = in;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = in.skip(n);
            if (s > 0) {
                count += s;
            }
            return s;
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
