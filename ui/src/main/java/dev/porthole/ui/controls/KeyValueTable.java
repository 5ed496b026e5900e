package dev.porthole.ui.controls;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.SecretKeys;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Two-column table of names and values (labels, environment) that masks the values of secret-looking names
 * until revealed, one at a time (the eye button in the row) or all at once ({@link #revealAllProperty()}).
 * Style classes for tests: each value is a {@code .kv-value} label, masked ones also {@code .masked}; the reveal
 * buttons are {@code .reveal-button}.
 */
public class KeyValueTable extends TableView<KeyValueTable.Entry> {

    /** One row; {@code secret} says whether its value is masked until revealed. */
    public static final class Entry {
        private final String key;
        private final String value;
        private final boolean secret;
        private final BooleanProperty revealed = new SimpleBooleanProperty();

        Entry(String key, String value, boolean secret) {
            this.key = key;
            this.value = value == null ? "" : value;
            this.secret = secret;
        }

        public String key() {
            return key;
        }

        public String value() {
            return value;
        }

        public boolean secret() {
            return secret;
        }

        public BooleanProperty revealedProperty() {
            return revealed;
        }
    }

    private final Predicate<String> secretKey;
    private final BooleanProperty revealAll = new SimpleBooleanProperty(this, "revealAll");

    /** A table masking the values of names that {@link SecretKeys#looksSecret} finds secret. */
    public KeyValueTable(String keyHeader, String valueHeader) {
        this(keyHeader, valueHeader, SecretKeys::looksSecret);
    }

    public KeyValueTable(String keyHeader, String valueHeader, Predicate<String> secretKey) {
        this.secretKey = secretKey;
        getStylesheets().add(Controls.STYLESHEET);
        getStyleClass().addAll("key-value-table", Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("None"));

        TableColumn<Entry, String> keyCol = new TableColumn<>(keyHeader);
        keyCol.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().key()));
        keyCol.setPrefWidth(260);
        TableColumn<Entry, Entry> valueCol = new TableColumn<>(valueHeader);
        valueCol.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        valueCol.setCellFactory(c -> new ValueCell());
        valueCol.setSortable(false);
        getColumns().setAll(keyCol, valueCol);
    }

    /**
     * Shows these entries in their map's order. Reveals of names shown before stay when {@code keepReveals}
     * (a refresh of the same container), else everything is masked again.
     */
    public void setEntries(Map<String, String> entries, boolean keepReveals) {
        Set<String> revealedKeys = new HashSet<>();
        if (keepReveals) {
            getItems().stream().filter(e -> e.revealed.get()).forEach(e -> revealedKeys.add(e.key));
        }
        getItems().setAll(entries.entrySet().stream().map(e -> {
            Entry entry = new Entry(e.getKey(), e.getValue(), secretKey.test(e.getKey()));
            entry.revealed.set(revealedKeys.contains(e.getKey()));
            return entry;
        }).toList());
    }

    /** When true every secret value shows. */
    public BooleanProperty revealAllProperty() {
        return revealAll;
    }

    private final class ValueCell extends TableCell<Entry, Entry> {
        private final Label text = new Label();
        private final Button reveal = new Button();
        private final HBox box = new HBox(4, text, reveal);
        private final InvalidationListener repaint = o -> paint();
        private Entry current;

        ValueCell() {
            text.getStyleClass().add("kv-value");
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            reveal.getStyleClass().addAll("reveal-button", Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            reveal.setTooltip(new Tooltip("Show or hide this value"));
            reveal.setAccessibleText("Show or hide this value");
            reveal.disableProperty().bind(revealAll);
            reveal.setOnAction(e -> {
                if (current != null) {
                    current.revealed.set(!current.revealed.get());
                }
            });
            box.setAlignment(Pos.CENTER_LEFT);
            revealAll.addListener(new WeakInvalidationListener(repaint));
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (current != null) {
                current.revealed.removeListener(repaint);
            }
            current = empty ? null : entry;
            if (current != null) {
                current.revealed.addListener(repaint);
            }
            paint();
        }

        private void paint() {
            setText(null);
            if (current == null) {
                setGraphic(null);
                return;
            }
            boolean shown = !current.secret || current.revealed.get() || revealAll.get();
            text.setText(shown ? current.value : SecretKeys.MASK);
            text.getStyleClass().remove("masked");
            if (!shown) {
                text.getStyleClass().add("masked");
            }
            text.setTooltip(shown && !current.value.isEmpty() ? new Tooltip(current.value) : null);
            reveal.setVisible(current.secret);
            reveal.setManaged(current.secret);
            reveal.setGraphic(Controls.icon(shown ? AppIcon.HIDE : AppIcon.REVEAL));
            setGraphic(box);
        }
    }
}
