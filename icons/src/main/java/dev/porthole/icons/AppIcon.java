package dev.porthole.icons;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The one mapping from what something means to the glyph that shows it. The UI asks for meanings only; size and
 * colour come from CSS.
 */
public enum AppIcon {
    // pages
    DASHBOARD(MaterialDesignV.VIEW_DASHBOARD_OUTLINE),
    CONTAINER(MaterialDesignC.CUBE_OUTLINE),
    IMAGE(MaterialDesignL.LAYERS_OUTLINE),
    LAYER(MaterialDesignL.LAYERS_TRIPLE_OUTLINE),
    VOLUME(MaterialDesignD.DATABASE_OUTLINE),
    NETWORK(MaterialDesignL.LAN),
    DOCKERFILE(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE),
    LEARN(MaterialDesignS.SCHOOL_OUTLINE),
    // actions
    START(MaterialDesignP.PLAY),
    STOP(MaterialDesignS.STOP),
    RESTART(MaterialDesignR.RESTART),
    PAUSE(MaterialDesignP.PAUSE),
    UNPAUSE(MaterialDesignP.PLAY_PAUSE),
    KILL(MaterialDesignL.LIGHTNING_BOLT),
    REMOVE(MaterialDesignT.TRASH_CAN_OUTLINE),
    RUN(MaterialDesignR.ROCKET_LAUNCH_OUTLINE),
    TAG(MaterialDesignT.TAG_OUTLINE),
    INSPECT(MaterialDesignC.CODE_JSON),
    HISTORY(MaterialDesignH.HISTORY),
    REFRESH(MaterialDesignR.REFRESH),
    RETRY(MaterialDesignR.RELOAD),
    SEARCH(MaterialDesignM.MAGNIFY),
    LOGS(MaterialDesignT.TEXT_BOX_OUTLINE),
    TERMINAL(MaterialDesignC.CONSOLE),
    OPEN_EXTERNAL(MaterialDesignO.OPEN_IN_NEW),
    REVEAL(MaterialDesignE.EYE_OUTLINE),
    HIDE(MaterialDesignE.EYE_OFF_OUTLINE),
    COPY(MaterialDesignC.CONTENT_COPY),
    CLOSE(MaterialDesignC.CLOSE),
    // editor
    FILE_NEW(MaterialDesignF.FILE_PLUS_OUTLINE),
    FILE_OPEN(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    SAVE(MaterialDesignC.CONTENT_SAVE_OUTLINE),
    SAVE_AS(MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE),
    TEMPLATE(MaterialDesignV.VIEW_GRID_PLUS_OUTLINE),
    SNIPPET(MaterialDesignC.CODE_BRACES),
    UNDO(MaterialDesignU.UNDO),
    REDO(MaterialDesignR.REDO),
    QUICK_FIX(MaterialDesignL.LIGHTBULB_ON_OUTLINE),
    RECOVER(MaterialDesignF.FILE_RESTORE_OUTLINE),
    BUILD(MaterialDesignH.HAMMER),
    CANCEL(MaterialDesignC.CANCEL),
    // container stats, processes, files, terminal
    STATS(MaterialDesignC.CHART_LINE),
    PROCESSES(MaterialDesignF.FORMAT_LIST_BULLETED),
    FOLDER(MaterialDesignF.FOLDER_OUTLINE),
    FOLDER_UP(MaterialDesignF.FOLDER_ARROW_UP_OUTLINE),
    FILE(MaterialDesignF.FILE_OUTLINE),
    LINK(MaterialDesignL.LINK_VARIANT),
    DOWNLOAD(MaterialDesignD.DOWNLOAD),
    // log view
    LOG_FOLLOW(MaterialDesignA.ARROW_COLLAPSE_DOWN),
    LOAD_EARLIER(MaterialDesignA.ARROW_EXPAND_UP),
    WRAP(MaterialDesignF.FORMAT_TEXT_WRAPPING_WRAP),
    TIMESTAMPS(MaterialDesignC.CLOCK_OUTLINE),
    CLEAR(MaterialDesignE.ERASER),
    FILTER(MaterialDesignF.FILTER_OUTLINE),
    MATCH_CASE(MaterialDesignF.FORMAT_LETTER_CASE),
    REGEX(MaterialDesignR.REGEX),
    PREVIOUS(MaterialDesignC.CHEVRON_UP),
    NEXT(MaterialDesignC.CHEVRON_DOWN),
    // layer inspection
    CHANGE_ADDED(MaterialDesignP.PLUS_CIRCLE_OUTLINE),
    CHANGE_MODIFIED(MaterialDesignA.ALPHA_M_CIRCLE_OUTLINE),
    CHANGE_REMOVED(MaterialDesignM.MINUS_CIRCLE_OUTLINE),
    WASTED(MaterialDesignD.DELETE_SWEEP_OUTLINE),
    EXPAND_ALL(MaterialDesignU.UNFOLD_MORE_HORIZONTAL),
    COLLAPSE_ALL(MaterialDesignU.UNFOLD_LESS_HORIZONTAL),
    COMPARE(MaterialDesignC.COMPARE_HORIZONTAL),
    EFFICIENCY(MaterialDesignG.GAUGE),
    // volumes, networks, dashboard
    CREATE(MaterialDesignP.PLUS),
    PRUNE(MaterialDesignB.BROOM),
    CONNECT(MaterialDesignL.LINK_VARIANT_PLUS),
    DISCONNECT(MaterialDesignL.LINK_VARIANT_MINUS),
    EVENTS(MaterialDesignP.PULSE),
    // registries
    PULL(MaterialDesignC.CLOUD_DOWNLOAD_OUTLINE),
    PUSH(MaterialDesignC.CLOUD_UPLOAD_OUTLINE),
    REGISTRY(MaterialDesignA.ACCOUNT_KEY_OUTLINE),
    SIGN_IN(MaterialDesignL.LOGIN),
    SIGN_OUT(MaterialDesignL.LOGOUT),
    // learn page
    STEP_DONE(MaterialDesignC.CHECK_CIRCLE),
    STEP_PENDING(MaterialDesignC.CHECKBOX_BLANK_CIRCLE_OUTLINE),
    TAKE_TOUR(MaterialDesignC.COMPASS_OUTLINE),
    // states and themes
    ENGINE(MaterialDesignS.SERVER),
    CONNECTED(MaterialDesignL.LAN_CONNECT),
    DISCONNECTED(MaterialDesignL.LAN_DISCONNECT),
    WARNING(MaterialDesignA.ALERT_OUTLINE),
    ERROR(MaterialDesignA.ALERT_CIRCLE_OUTLINE),
    INFO(MaterialDesignI.INFORMATION_OUTLINE),
    SUCCESS(MaterialDesignC.CHECK_CIRCLE_OUTLINE),
    PREFERENCES(MaterialDesignC.COG_OUTLINE),
    DANGLING(MaterialDesignL.LINK_OFF),
    THEME_LIGHT(MaterialDesignW.WHITE_BALANCE_SUNNY),
    THEME_DARK(MaterialDesignW.WEATHER_NIGHT),
    THEME_SYSTEM(MaterialDesignT.THEME_LIGHT_DARK),
    COMING(MaterialDesignB.BULLDOZER);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    /** The ikonli glyph for this meaning. */
    public Ikon ikon() {
        return ikon;
    }
}
