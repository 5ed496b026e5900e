package dev.porthole.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static dev.porthole.layers.TestArchives.analyze;
import static dev.porthole.layers.TestArchives.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Per-layer trees: whiteouts, opaque markers, implied folders, and the two views. */
class LayerTreeTest {

    @TempDir
    Path dir;

    @Test
    void impliedParentFoldersAreImplicitDirectoriesWithUnknownModeAndOwner() {
        Analysis a = analyze(dir, run("add").file("/a/b/c.txt", 10, 0640, 1000, 1001));

        LayerTree tree = a.imageAt(0);
        int b = tree.find("/a/b");
        int c = tree.find("/a/b/c.txt");
        assertThat(tree.type(b)).isEqualTo(EntryType.DIRECTORY);
        assertThat(tree.isImplicit(b)).isTrue();
        assertThat(tree.mode(b)).isEqualTo(-1);
        assertThat(tree.permissions(b)).isEqualTo("d?????????");
        assertThat(tree.isImplicit(c)).isFalse();
        assertThat(tree.permissions(c)).isEqualTo("-rw-r-----");
        assertThat(tree.uid(c)).isEqualTo(1000);
        assertThat(tree.gid(c)).isEqualTo(1001);
        assertThat(tree.totalSize(tree.find("/a"))).isEqualTo(10);
        assertThat(a.layers().getFirst().added()).isEqualTo(1);
    }

    @Test
    void whiteoutOfAFolderRemovesItAndEverythingUnderItCountingEachFile() {
        Analysis a = analyze(dir,
                run("add").dir("/srv").file("/srv/a", 1).file("/srv/x/b", 2).symlink("/srv/x/c", "b").file("/keep", 3),
                run("rm -rf /srv").whiteout("/srv"));

        assertThat(a.layers().get(1).removed()).isEqualTo(3);
        LayerTree image = a.imageAt(1);
        assertThat(paths(image)).containsExactly("/keep", "/srv", "/srv/a", "/srv/x", "/srv/x/b", "/srv/x/c");
        assertThat(image.change(image.find("/srv"))).isEqualTo(ChangeKind.REMOVED);
        assertThat(image.change(image.find("/srv/x/c"))).isEqualTo(ChangeKind.REMOVED);
        assertThat(image.change(image.find("/keep"))).isEqualTo(ChangeKind.UNCHANGED);
        // a removed folder shows the bytes it took with it
        assertThat(image.totalSize(image.find("/srv"))).isEqualTo(3);
        assertThat(image.totalSize(image.root())).isEqualTo(3);
        LayerTree visible = image.filter("", EnumSet.complementOf(EnumSet.of(ChangeKind.REMOVED)), false);
        assertThat(paths(visible)).containsExactly("/keep");
    }

    @Test
    void whiteoutOfAFileRemovesOnlyThatFile() {
        Analysis a = analyze(dir,
                run("add").file("/etc/a", 1).file("/etc/ab", 2),
                run("rm /etc/a").whiteout("/etc/a"));

        assertThat(a.layers().get(1)).extracting(LayerInfo::added, LayerInfo::modified, LayerInfo::removed)
                .containsExactly(0, 0, 1);
        LayerTree changes = a.changesIn(1);
        assertThat(paths(changes)).containsExactly("/etc", "/etc/a");
        assertThat(changes.change(changes.find("/etc/a"))).isEqualTo(ChangeKind.REMOVED);
        assertThat(changes.size(changes.find("/etc/a"))).isEqualTo(1);
        assertThat(changes.change(changes.find("/etc"))).isEqualTo(ChangeKind.UNCHANGED);
    }

    @Test
    void opaqueMarkerHidesTheFoldersEarlierContentButKeepsThisLayersEntries() {
        Analysis a = analyze(dir,
                run("fill").dir("/d").file("/d/old", 100).file("/d/sub/deep", 5).file("/d/same", 7).file("/e", 1),
                run("reset").dir("/d").opaque("/d").file("/d/new", 10).file("/d/same", 8));

        LayerInfo reset = a.layers().get(1);
        assertThat(reset).extracting(LayerInfo::added, LayerInfo::modified, LayerInfo::removed)
                .containsExactly(1, 1, 2);
        LayerTree image = a.imageAt(1).filter("", EnumSet.of(ChangeKind.ADDED, ChangeKind.MODIFIED,
                ChangeKind.UNCHANGED), false);
        assertThat(paths(image)).containsExactly("/d", "/d/new", "/d/same", "/e");
        LayerTree changes = a.changesIn(1);
        assertThat(changes.change(changes.find("/d/old"))).isEqualTo(ChangeKind.REMOVED);
        assertThat(changes.change(changes.find("/d/sub"))).isEqualTo(ChangeKind.REMOVED);
        assertThat(changes.change(changes.find("/d/new"))).isEqualTo(ChangeKind.ADDED);
        assertThat(changes.change(changes.find("/d/same"))).isEqualTo(ChangeKind.MODIFIED);
        assertThat(changes.change(changes.find("/d"))).isEqualTo(ChangeKind.MODIFIED);
        assertThat(changes.find("/e")).isEqualTo(-1);
    }

    @Test
    void opaqueMarkerOnANewFolderRemovesNothing() {
        Analysis a = analyze(dir, run("base").file("/x", 1), run("new").opaque("/fresh").file("/fresh/f", 2));

        assertThat(a.layers().get(1)).extracting(LayerInfo::added, LayerInfo::removed).containsExactly(1, 0);
        assertThat(paths(a.imageAt(1))).containsExactly("/fresh", "/fresh/f", "/x");
    }

    @Test
    void rewritingAPathCountsAsModifiedAndRemovingThenRewritingItCountsNoRemoval() {
        Analysis a = analyze(dir,
                run("one").file("/f", 1).file("/g", 1),
                run("two").file("/f", 2).whiteout("/g").file("/g", 3));

        assertThat(a.layers().get(1)).extracting(LayerInfo::added, LayerInfo::modified, LayerInfo::removed)
                .containsExactly(0, 2, 0);
    }

    @Test
    void changesViewHoldsOnlyTheLayersEntriesTheirFoldersAndRemovals() {
        Analysis a = analyze(dir,
                run("base").file("/usr/bin/a", 1).file("/usr/lib/x", 1).file("/root", 1),
                run("more").file("/usr/bin/b", 5).hardlink("/usr/bin/c", "usr/bin/b"));

        LayerTree changes = a.changesIn(1);
        assertThat(paths(changes)).containsExactly("/usr", "/usr/bin", "/usr/bin/b", "/usr/bin/c");
        int link = changes.find("/usr/bin/c");
        assertThat(changes.type(link)).isEqualTo(EntryType.HARDLINK);
        assertThat(changes.linkTarget(link)).isEqualTo("usr/bin/b");
        assertThat(changes.totalSize(changes.find("/usr"))).isEqualTo(5);
        LayerTree image = a.imageAt(1);
        assertThat(Arrays.stream(image.children(image.find("/usr/bin"))).mapToObj(image::name))
                .containsExactly("a", "b", "c");
        assertThat(image.change(image.find("/usr/bin/a"))).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(image.totalSize(image.root())).isEqualTo(8);
    }

    @Test
    void nodeIdsAreSharedAcrossLayersSoAPathKeepsItsId() {
        Analysis a = analyze(dir, run("one").file("/x/y", 1), run("two").file("/x/y", 2));

        assertThat(a.imageAt(0).find("/x/y")).isEqualTo(a.imageAt(1).find("/x/y")).isPositive();
    }

    @Test
    void filterByTextKeepsMatchesAndTheFoldersLeadingToThem() {
        Analysis a = analyze(dir, run("one").file("/etc/nginx/nginx.conf", 1).file("/etc/passwd", 1)
                .file("/var/log/nginx/access.log", 1));

        LayerTree tree = a.imageAt(0);
        assertThat(paths(tree.filter("NGINX.conf"))).containsExactly("/etc", "/etc/nginx", "/etc/nginx/nginx.conf");
        assertThat(paths(tree.filter("nginx"))).containsExactly("/etc", "/etc/nginx", "/etc/nginx/nginx.conf",
                "/var", "/var/log", "/var/log/nginx", "/var/log/nginx/access.log");
        assertThat(paths(tree.filter("log/nginx/a"))).containsExactly("/var", "/var/log", "/var/log/nginx",
                "/var/log/nginx/access.log");
    }

    @Test
    void filterShowOnlyWastedKeepsTheInefficientFiles() {
        Analysis a = analyze(dir, run("one").file("/a/dup", 5).file("/a/once", 1), run("two").file("/a/dup", 6));

        LayerTree wasted = a.imageAt(1).filter("", EnumSet.allOf(ChangeKind.class), true);
        assertThat(paths(wasted)).containsExactly("/a", "/a/dup");
        assertThat(wasted.isWasted(wasted.find("/a/dup"))).isTrue();
        assertThat(wasted.nodeCount()).isEqualTo(2);
    }

    @Test
    void layerCommandsComeFromNonEmptyHistoryStepsTrimmedForDisplay() {
        Analysis a = analyze(dir,
                new ImageArchiveWriter.Layer("/bin/sh -c #(nop) ADD file:abc in / ").file("/a", 1),
                new ImageArchiveWriter.Layer("/bin/sh -c apt-get install -y curl").file("/b", 1),
                new ImageArchiveWriter.Layer("RUN /bin/sh -c make # buildkit").file("/c", 1),
                new ImageArchiveWriter.Layer("COPY app /app # buildkit").file("/d", 1));

        assertThat(a.layers()).extracting(LayerInfo::index, LayerInfo::command).containsExactly(
                tuple(0, "ADD file:abc in /"),
                tuple(1, "apt-get install -y curl"),
                tuple(2, "RUN make # buildkit"),
                tuple(3, "COPY app /app # buildkit"));
    }

    /** Every path the tree shows, depth first in child order. */
    static List<String> paths(LayerTree tree) {
        List<String> out = new java.util.ArrayList<>();
        walk(tree, tree.root(), out);
        return out;
    }

    private static void walk(LayerTree tree, int node, List<String> out) {
        for (int child : tree.children(node)) {
            out.add(tree.path(child));
            walk(tree, child, out);
        }
        assertThat(Arrays.stream(tree.children(node)).allMatch(tree::contains)).isTrue();
    }
}
