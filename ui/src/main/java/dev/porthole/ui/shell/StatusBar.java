package dev.porthole.ui.shell;

import dev.porthole.engine.ConnectionStatus;
import dev.porthole.icons.AppIcon;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.util.List;

/**
 * The bottom bar: a connected/connecting/disconnected dot with the reason and retry countdown, then the endpoint,
 * the engine and its API version.
 */
public final class StatusBar extends HBox implements AutoCloseable {

    private static final List<PseudoClass> STATES = List.of(PseudoClass.getPseudoClass("connected"),
            PseudoClass.getPseudoClass("connecting"), PseudoClass.getPseudoClass("disconnected"));

    private final ShellModel model;
    private final Clock clock;
    private final Region dot = new Region();
    private final Label state = new Label();
    private final Label detail = new Label();
    private final Label retry = new Label();
    private final Label endpoint = new Label();
    private final Label engine = new Label();
    private final Label api = new Label();
    private final Separator engineSeparator = new Separator(Orientation.VERTICAL);
    private final Separator apiSeparator = new Separator(Orientation.VERTICAL);
    private final Timeline countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> updateDetail()));

    public StatusBar(ShellModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
        createView();
        model.statusProperty().addListener((obs, was, now) -> update());
        update();
    }

    private void createView() {
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        dot.getStyleClass().add("status-dot");
        state.setId("status-state");
        state.getStyleClass().add("status-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        detail.setId("status-detail");
        detail.getStyleClass().add("status-detail");
        detail.setMinWidth(0);
        HBox.setHgrow(detail, Priority.ALWAYS);
        detail.setMaxWidth(Double.MAX_VALUE);
        Tooltip detailTip = new Tooltip();
        detailTip.textProperty().bind(detail.textProperty());
        detail.setTooltip(detailTip);
        retry.setId("status-retry");
        retry.getStyleClass().add("status-retry");
        retry.setMinWidth(Region.USE_PREF_SIZE);
        endpoint.setId("status-endpoint");
        endpoint.setGraphic(FontIcon.of(AppIcon.ENGINE.ikon()));
        endpoint.setMinWidth(Region.USE_PREF_SIZE);
        engine.setId("status-engine");
        engine.setMinWidth(Region.USE_PREF_SIZE);
        api.setId("status-api");
        api.setMinWidth(Region.USE_PREF_SIZE);
        for (Label l : List.of(endpoint, engine, api)) {
            l.getStyleClass().add("status-fact");
        }
        getChildren().addAll(dot, state, detail, retry, endpoint, engineSeparator, engine, apiSeparator, api);
        countdown.setCycleCount(Animation.INDEFINITE);
    }

    private void update() {
        ConnectionStatus s = model.statusProperty().get();
        String style = StatusText.stateStyle(s);
        for (PseudoClass pc : STATES) {
            dot.pseudoClassStateChanged(pc, pc.getPseudoClassName().equals(style));
            state.pseudoClassStateChanged(pc, pc.getPseudoClassName().equals(style));
        }
        state.setText(StatusText.state(s));
        endpoint.setText(StatusText.endpoint(s));
        show(endpoint, !endpoint.getText().isEmpty());
        engine.setText(s == null ? "" : StatusText.engine(s.info()));
        api.setText(s == null ? "" : StatusText.api(s.info()));
        show(engine, !engine.getText().isEmpty());
        show(api, !api.getText().isEmpty());
        show(engineSeparator, engine.isVisible() && endpoint.isVisible());
        show(apiSeparator, api.isVisible());
        updateDetail();
        if (s != null && s.nextRetry() != null && !s.connected()) {
            countdown.play();
        } else {
            countdown.stop();
        }
    }

    private void updateDetail() {
        ConnectionStatus s = model.statusProperty().get();
        detail.setText(StatusText.reason(s));
        retry.setText(StatusText.retryIn(s, clock.instant()));
        show(retry, !retry.getText().isEmpty());
    }

    private static void show(Region node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** Stops the countdown timer. */
    @Override
    public void close() {
        countdown.stop();
    }
}
