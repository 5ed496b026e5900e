package dev.porthole.ui.editor;

import atlantafx.base.theme.Styles;
import dev.porthole.dockerfile.lint.Finding;
import dev.porthole.dockerfile.lint.QuickFix;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lint findings of the current editor, one a row: click jumps to the line, the context menu applies a quick
 * fix. Node ids: {@code #problems-list}, {@code #problems-summary}.
 */
final class ProblemsPanel extends BorderPane {

    private final ListView<Finding> list = new ListView<>();
    private final Label summary = new Label();
    private final ChangeListener<Analysis> onAnalysis = (obs, was, now) -> show(now);
    private CodeEditor editor;

    ProblemsPanel() {
        getStyleClass().add("problems-panel");
        list.setId("problems-list");
        list.getStyleClass().add(Styles.DENSE);
        list.setPlaceholder(new Label("No problems found."));
        list.setCellFactory(v -> new FindingCell());
        summary.setId("problems-summary");
        summary.getStyleClass().add("problems-summary");
        setTop(summary);
        setCenter(list);
        list.setOnMouseClicked(e -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            if (f != null && editor != null && e.getClickCount() >= 1) {
                editor.goToLine(f.line());
            }
        });
        ContextMenu menu = new ContextMenu();
        list.setContextMenu(menu);
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            Finding f = list.getSelectionModel().getSelectedItem();
            if (f == null || editor == null) {
                return;
            }
            for (QuickFix fix : f.fixes()) {
                MenuItem item = new MenuItem(fix.title(), Controls.icon(AppIcon.QUICK_FIX));
                item.setOnAction(a -> editor.applyFix(f, fix));
                menu.getItems().add(item);
            }
            MenuItem go = new MenuItem("Go to line " + f.line());
            go.setOnAction(a -> editor.goToLine(f.line()));
            menu.getItems().add(go);
        });
        follow(null);
    }

    /** Shows the findings of {@code next} (null: no editor, or not a Dockerfile). */
    void follow(CodeEditor next) {
        if (editor != null) {
            editor.analysisProperty().removeListener(onAnalysis);
        }
        editor = next;
        if (editor != null) {
            editor.analysisProperty().addListener(onAnalysis);
            show(editor.analysisProperty().get());
        } else {
            show(null);
        }
    }

    private void show(Analysis analysis) {
        if (analysis == null) {
            list.getItems().clear();
            summary.setText("Problems");
            return;
        }
        list.getItems().setAll(analysis.findings());
        long errors = analysis.findings().stream().filter(f -> f.severity().name().equals("ERROR")).count();
        long warnings = analysis.findings().stream().filter(f -> f.severity().name().equals("WARNING")).count();
        long infos = analysis.findings().size() - errors - warnings;
        summary.setText("Problems: " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s") + ", " + infos + " info");
    }

    ListView<Finding> list() {
        return list;
    }

    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeAll("problem-error", "problem-warning", "problem-info");
            if (empty || f == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon = Controls.icon(switch (f.severity()) {
                case ERROR -> AppIcon.ERROR;
                case WARNING -> AppIcon.WARNING;
                case INFO -> AppIcon.INFO;
            });
            icon.getStyleClass().add("problem-icon");
            getStyleClass().add("problem-" + f.severity().label());
            setGraphic(icon);
            setText("Line " + f.line() + "  " + f.ruleId() + "  " + f.message()
                    + (f.fixes().isEmpty() ? "" : "  (quick fix)"));
        }
    }
}
