package dev.porthole.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.porthole.layers.Analysis;
import dev.porthole.layers.InefficientFile;
import dev.porthole.layers.LayerInfo;
import dev.porthole.layers.LayerOccurrence;

import java.util.List;
import java.util.Locale;

/** Renders a layer analysis for {@code porthole layers}: JSON for scripts, a readable report for people. */
final class LayersReport {

    /** Inefficient files the text report explains layer by layer; JSON lists all. */
    static final int FILES_SHOWN = 20;
    private static final int COMMAND_WIDTH = 72;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LayersReport() {
    }

    /** The analysis as JSON, with exactly the keys of the command's contract. */
    static String json(Analysis a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("image", a.image());
        root.put("sizeBytes", a.sizeBytes());
        root.put("userSizeBytes", a.userSizeBytes());
        root.put("efficiency", a.efficiency());
        root.put("wastedBytes", a.wastedBytes());
        root.put("userWastedPercent", a.userWastedPercent());
        ArrayNode layers = root.putArray("layers");
        for (LayerInfo l : a.layers()) {
            layers.addObject().put("index", l.index()).put("digest", l.digest()).put("command", l.command())
                    .put("sizeBytes", l.sizeBytes()).put("added", l.added()).put("modified", l.modified())
                    .put("removed", l.removed());
        }
        ArrayNode files = root.putArray("inefficientFiles");
        for (InefficientFile f : a.inefficientFiles()) {
            files.addObject().put("path", f.path()).put("count", f.count()).put("wastedBytes", f.wastedBytes());
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /** The analysis as a report: summary, layers, and the inefficient files with the layers that hold them. */
    static String text(Analysis a) {
        StringBuilder out = new StringBuilder();
        out.append("Image: ").append(a.image());
        if (a.tag() != null && !a.tag().equals(a.image())) {
            out.append("  (tagged ").append(a.tag()).append(')');
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "Size: %s in %d layer%s (user size %s)%n", ByteSize.format(a.sizeBytes()),
                a.layers().size(), a.layers().size() == 1 ? "" : "s", ByteSize.format(a.userSizeBytes())));
        out.append(String.format(Locale.ROOT, "Efficiency: %.2f %%%n", a.efficiency() * 100));
        out.append(String.format(Locale.ROOT, "Wasted: %s (%d bytes), %.2f %% of the user size%n%n",
                ByteSize.format(a.wastedBytes()), a.wastedBytes(), a.userWastedPercent() * 100));

        out.append("Layers:\n");
        out.append(String.format(Locale.ROOT, "  %5s  %-12s  %8s  %7s  %8s  %7s  %s%n",
                "Index", "Digest", "Size", "Added", "Modified", "Removed", "Command"));
        for (LayerInfo l : a.layers()) {
            out.append(String.format(Locale.ROOT, "  %5d  %-12s  %8s  %7d  %8d  %7d  %s%n", l.index(), l.shortDigest(),
                    ByteSize.format(l.sizeBytes()), l.added(), l.modified(), l.removed(), shorten(l.command())));
        }

        List<InefficientFile> files = a.inefficientFiles();
        out.append('\n');
        if (files.isEmpty()) {
            out.append("Inefficient files: none\n");
            return out.toString();
        }
        out.append("Inefficient files: ").append(files.size())
                .append(" (paths held by more than one layer, and the layers that hold them)\n");
        out.append(String.format(Locale.ROOT, "  %5s  %8s  %s%n", "Count", "Wasted", "Path"));
        for (InefficientFile f : files.subList(0, Math.min(FILES_SHOWN, files.size()))) {
            out.append(String.format(Locale.ROOT, "  %5d  %8s  %s%n", f.count(), ByteSize.format(f.wastedBytes()),
                    f.path()));
            for (LayerOccurrence o : f.occurrences()) {
                out.append(String.format(Locale.ROOT, "  %5s  %8s    layer %d %s %s%n", "", ByteSize.format(o.sizeBytes()),
                        o.layerIndex(), o.removal() ? "removes it:" : "writes it: ", shorten(o.command())));
            }
        }
        if (files.size() > FILES_SHOWN) {
            long rest = files.subList(FILES_SHOWN, files.size()).stream().mapToLong(InefficientFile::wastedBytes).sum();
            out.append(String.format(Locale.ROOT, "  … and %d more files wasting %s (--json lists all)%n",
                    files.size() - FILES_SHOWN, ByteSize.format(rest)));
        }
        return out.toString();
    }

    /** The CI section: one line per rule, then the verdict, as dive prints it. */
    static String ci(List<CiRules.Result> results) {
        StringBuilder out = new StringBuilder("CI rules:\n");
        int pass = 0;
        int fail = 0;
        int skip = 0;
        for (CiRules.Result r : results) {
            out.append("  ").append(r.status()).append("  ").append(r.key()).append(" (").append(r.message())
                    .append(")\n");
            switch (r.status()) {
                case PASS -> pass++;
                case FAIL -> fail++;
                case SKIP -> skip++;
            }
        }
        StringBuilder tally = new StringBuilder();
        if (pass > 0) {
            tally.append("pass:").append(pass);
        }
        if (fail > 0) {
            tally.append(tally.isEmpty() ? "" : " ").append("fail:").append(fail);
        }
        if (skip > 0) {
            tally.append(tally.isEmpty() ? "" : " ").append("skip:").append(skip);
        }
        out.append('\n').append(fail > 0 ? "FAIL" : "PASS").append(" [").append(tally).append("]\n");
        return out.toString();
    }

    private static String shorten(String command) {
        String oneLine = command.replaceAll("\\s+", " ");
        return oneLine.length() <= COMMAND_WIDTH ? oneLine : oneLine.substring(0, COMMAND_WIDTH - 1) + "…";
    }
}
