package dev.porthole.ui.layers;

import dev.porthole.layers.Analysis;
import dev.porthole.layers.ImageArchiveWriter.Layer;
import dev.porthole.layers.InefficientFile;
import dev.porthole.layers.LayerTree;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeTableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The layers page on archives built in code: no engine anywhere. */
@ExtendWith(ApplicationExtension.class)
class LayersPageTest extends LayersPageTestBase {

    @Start
    void start(Stage stage) {
        startPage(stage);
    }

    @Test
    void anOpenedArchiveListsItsLayersWithSizesAndChangeCounts(FxRobot robot) throws Exception {
        open(robot, divesExample());

        LayerTable table = page.layersView().layers();
        assertThat(fx(() -> column(table, "layer-index"))).containsExactly("0", "1", "2");
        assertThat(fx(() -> column(table, "layer-added"))).containsExactly("2", "2", "0");
        assertThat(fx(() -> column(table, "layer-modified"))).containsExactly("0", "1", "0");
        assertThat(fx(() -> column(table, "layer-removed"))).containsExactly("0", "0", "2");
        assertThat(fx(() -> column(table, "layer-command")))
                .containsExactly("write nginx", "tune nginx", "rm -rf /etc/nginx");
        // the size bar cells show each layer's size in text beside its bar
        assertThat(robot.lookup(".layer-size-text").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("5.0 kB", "15.0 kB", "0 B");
        assertThat(robot.lookup("#layers-image-name").queryAs(Label.class).getText())
                .contains("3 layers").contains("20.0 kB");
        // the newest layer is selected first, its changes shown
        assertThat(fx(() -> table.getSelectionModel().getSelectedIndex())).isEqualTo(2);
    }

    @Test
    void theTreeMarksAddedModifiedAndRemovedByIconAndColour(FxRobot robot) throws Exception {
        open(robot, divesExample());

        showLayer(robot, 1);
        robot.clickOn("#layer-expand-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked("change-added")).contains("athing", "link");
        assertThat(marked("change-modified")).containsExactly("nginx.conf");
        assertThat(fx(() -> rows())).contains("/etc/link → /etc/athing");

        showLayer(robot, 2);
        robot.clickOn("#layer-expand-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked("change-removed")).contains("nginx", "nginx.conf", "public");
        assertThat(marked("change-added")).isEmpty();
    }

    @Test
    void theFilterKeepsMatchingPathsAndTheChangeKindsChosen(FxRobot robot) throws Exception {
        open(robot, divesExample());
        showLayer(robot, 1);
        robot.clickOn("#layer-view-image");
        waitUntil(() -> tree() != null && tree().view() == LayerTree.View.IMAGE);

        robot.clickOn("#layer-file-filter").write("athing");
        waitUntil(() -> tree().find("/etc/nginx/public") < 0);
        assertThat(fx(this::paths)).containsExactly("/etc", "/etc/athing");

        robot.interact(() -> page.model().tree().filterTextProperty().set(""));
        robot.clickOn("#layer-show-added");
        waitUntil(() -> tree().find("/etc/athing") < 0);
        robot.clickOn("#layer-expand-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(this::paths)).contains("/etc/nginx/nginx.conf", "/etc/nginx/public")
                .doesNotContain("/etc/athing", "/etc/link");
    }

    @Test
    void onlyWastedShowsTheInefficientFilesWithTheirMarker(FxRobot robot) throws Exception {
        open(robot, divesExample());
        showLayer(robot, 1);

        robot.clickOn("#layer-only-wasted");
        waitUntil(() -> tree().find("/etc/athing") < 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(this::paths)).containsExactly("/etc", "/etc/nginx", "/etc/nginx/nginx.conf");
        assertThat(robot.lookup(".wasted-icon").queryAll()).hasSize(1);
    }

    @Test
    void theEfficiencyPanelShowsDivesNumbersAndWhyAFileIsWasted(FxRobot robot) throws Exception {
        open(robot, divesExample());
        Analysis a = fx(() -> page.model().analysisProperty().get());
        assertThat(a.efficiency()).isEqualTo(0.75);
        assertThat(a.wastedBytes()).isEqualTo(7000);

        assertThat(robot.lookup("#efficiency-score").queryAs(Label.class).getText()).isEqualTo("75.00 %");
        assertThat(robot.lookup("#efficiency-wasted").queryAs(Label.class).getText()).isEqualTo("7.0 kB");
        assertThat(robot.lookup("#efficiency-user-wasted").queryAs(Label.class).getText()).isEqualTo("46.7 %");
        EfficiencyPanel panel = page.layersView().efficiency();
        assertThat(fx(() -> panel.files().getItems())).extracting(InefficientFile::path, InefficientFile::count,
                InefficientFile::wastedBytes).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "/etc/nginx/nginx.conf", 2, 7000L));

        robot.clickOn("/etc/nginx/nginx.conf");
        waitUntil(() -> panel.occurrences().getItems().size() == 2);
        assertThat(fx(() -> column(panel.occurrences(), "occurrence-command")))
                .containsExactly("write nginx", "tune nginx");
        assertThat(fx(() -> column(panel.occurrences(), "occurrence-size"))).containsExactly("2.0 kB", "5.0 kB");
        assertThat(robot.lookup("#inefficient-why").queryAs(Label.class).getText()).contains("written by layers 0 and 1");
        // the tree jumps to the file as of the last layer that wrote it
        waitUntil(() -> selectedPath() != null && selectedPath().equals("/etc/nginx/nginx.conf"));
        assertThat(fx(() -> page.layersView().layers().getSelectionModel().getSelectedIndex())).isEqualTo(1);

        // picking the other layer shows the file there
        robot.interact(() -> panel.occurrences().getSelectionModel().select(0));
        waitUntil(() -> tree().layerIndex() == 0 && "/etc/nginx/nginx.conf".equals(selectedPath()));
    }

    @Test
    void aCorruptArchiveShowsAClearMessage(FxRobot robot) throws Exception {
        Path junk = dir.resolve("junk.tar");
        Files.writeString(junk, "this is not a tar file at all, just some words to fill a block. ".repeat(20));
        open(robot, junk);

        Node banner = robot.lookup("#layers-error").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(fx(() -> page.model().problemProperty().get())).contains("is not an image archive");
        assertThat(fx(() -> ((atlantafx.base.controls.Message) banner).getDescription()))
                .contains("junk.tar").contains("not an image archive");
        assertThat(fx(() -> page.model().analysisProperty().get())).isNull();
    }

    @Test
    void anEngineImageWithoutAnEngineSaysToOpenAnArchiveInstead(FxRobot robot) throws Exception {
        robot.interact(() -> page.openImage("busybox:latest"));

        waitUntil(() -> page.model().problemProperty().get() != null);
        assertThat(fx(() -> page.model().problemProperty().get())).contains("No container engine is connected")
                .contains("busybox:latest").contains("Open an image archive");
        assertThat(fx(() -> page.model().busyProperty().get())).isFalse();
    }

    @Test
    void aTruncatedArchiveSaysSoAndKeepsTheImageShown(FxRobot robot) throws Exception {
        open(robot, divesExample());
        Path whole = archive("big", new Layer("/bin/sh -c big").file("/data/blob", 200_000));
        Path cut = dir.resolve("cut.tar");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        robot.interact(() -> page.openArchive(cut));
        waitUntil(() -> page.model().problemProperty().get() != null);
        assertThat(fx(() -> page.model().problemProperty().get())).contains("cut.tar");
        assertThat(robot.lookup("#layers-error").query().isVisible()).isTrue();
        // the image open before stays
        assertThat(fx(() -> page.model().analysisProperty().get().layers())).hasSize(3);
    }

    @Test
    void comparingTwoArchivesShowsSharedLayersAndSizeChanges(FxRobot robot) throws Exception {
        Layer base = new Layer("/bin/sh -c base").file("/bin/tool", 4000);
        Path before = archive("before", base, new Layer("/bin/sh -c app v1").file("/app/main", 1000));
        Path after = archive("after", base, new Layer("/bin/sh -c app v2").file("/app/main", 3000),
                new Layer("/bin/sh -c config").file("/app/config", 500));
        open(robot, before);

        robot.interact(() -> page.model().compareWith(new dev.porthole.layers.ArchiveFileSource(after)));
        waitUntil(() -> page.model().comparisonProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ComparePanel panel = page.layersView().compare();
        var table = (javafx.scene.control.TableView<?>) panel.lookup("#compare-table");
        assertThat(fx(() -> column(table, "compare-shared"))).containsExactly("shared", "differs", "only after");
        assertThat(fx(() -> column(table, "compare-delta"))).containsExactly("0 B", "+2.0 kB", "+500 B");
        assertThat(robot.lookup("#compare-summary").queryAs(Label.class).getText())
                .contains("1 of 3 layers shared").contains("2.5 kB larger");
    }

    @Test
    void cancelStopsTheReadAndInterruptsIt(FxRobot robot) throws Exception {
        BlockingSource source = new BlockingSource();
        robot.interact(() -> page.model().open(source));
        assertThat(source.started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(robot.lookup("#layers-progress-row").query().isVisible()).isTrue();

        robot.clickOn("#layers-cancel");
        assertThat(source.interrupted.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(fx(() -> page.model().busyProperty().get())).isFalse();
        assertThat(fx(() -> page.model().problemProperty().get())).isNull();
        assertThat(robot.lookup("#layers-progress-row").query().isVisible()).isFalse();
        assertThat(robot.lookup("#layers-progress-text").queryAs(Label.class).getText()).isEqualTo("Cancelled.");
    }

    @Test
    void expandAllStaysBoundedWithAHundredThousandFiles(FxRobot robot) throws Exception {
        Layer big = new Layer("/bin/sh -c many");
        for (int d = 0; d < 100; d++) {
            for (int f = 0; f < 1000; f++) {
                big.file("/data/d" + d + "/f" + f, 0);
            }
        }
        open(robot, archive("many", big));
        assertThat(fx(() -> tree().nodeCount())).isEqualTo(100_101);

        robot.clickOn("#layer-expand-all");
        WaitForAsyncUtils.waitForFxEvents();
        // bounded by rows, not timed: speed is the benchmark's to report
        int rows = fx(() -> page.layersView().files().table().getExpandedItemCount());
        assertThat(rows).isBetween(FileTreeTable.EXPAND_LIMIT, FileTreeTable.EXPAND_LIMIT + 1001);
        robot.clickOn("#layer-collapse-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> page.layersView().files().table().getExpandedItemCount())).isEqualTo(1);
    }

    // ---- helpers

    private void showLayer(FxRobot robot, int index) throws Exception {
        robot.interact(() -> page.layersView().layers().getSelectionModel().select(index));
        waitUntil(() -> tree() != null && tree().layerIndex() == index);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LayerTree tree() {
        return page.model().tree().treeProperty().get();
    }

    private String selectedPath() {
        var item = page.layersView().files().table().getSelectionModel().getSelectedItem();
        return item == null ? null : ((FileTreeItem) item).tree().path(item.getValue());
    }

    /** The paths of the rows the tree shows, top to bottom. */
    private List<String> paths() {
        FileTreeTable t = page.layersView().files().table();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < t.getExpandedItemCount(); i++) {
            FileTreeItem item = (FileTreeItem) t.getTreeItem(i);
            if (item != t.getRoot()) {
                paths.add(item.tree().path(item.node()));
            }
        }
        return paths;
    }

    /** Each row as "path → link target", or the path alone. */
    private List<String> rows() {
        FileTreeTable t = page.layersView().files().table();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < t.getExpandedItemCount(); i++) {
            FileTreeItem item = (FileTreeItem) t.getTreeItem(i);
            String link = item.tree().linkTarget(item.node());
            rows.add(item.tree().path(item.node()) + (link == null ? "" : " → " + link));
        }
        return rows;
    }

    /** Names of the name cells drawn with this change class, whose icon carries the same class. */
    private Set<String> marked(String changeClass) {
        return fx(() -> page.layersView().files().table().lookupAll(".tree-table-cell." + changeClass).stream()
                .map(n -> (TreeTableCell<?, ?>) n)
                .filter(c -> c.getGraphic() != null && c.getGraphic().lookup(".change-icon." + changeClass)
                        instanceof FontIcon)
                .map(TreeTableCell::getText)
                .collect(Collectors.toSet()));
    }

    private static List<String> column(javafx.scene.control.TableView<?> table, String id) {
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            values.add(String.valueOf(column.getCellData(i)));
        }
        return values;
    }
}
