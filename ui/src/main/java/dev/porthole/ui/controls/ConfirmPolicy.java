package dev.porthole.ui.controls;

import javafx.stage.Window;

import java.util.function.BooleanSupplier;

/**
 * Whether destructive actions ask "are you sure?" first (the preference "Confirm destructive actions"). It is
 * installed on the main window, so every {@link ConfirmDialog} owned by it follows it without each page being
 * handed the setting; a dialog without an owner, or a window without a policy, always asks.
 *
 * <p>Only the plain question is skipped: a dialog whose confirm button is disabled (a force box that must be
 * ticked, nothing to do) or that shows a force box still shows, and refusals ("volume in use") are not confirm
 * dialogs at all.
 */
public final class ConfirmPolicy {

    /** A typed key, so nothing else can read or replace the policy by name. */
    private static final Object KEY = new Object();
    private static final ConfirmPolicy ALWAYS_ASK = new ConfirmPolicy(() -> true);

    private final BooleanSupplier confirmations;

    /** @param confirmations read at each dialog: whether plain confirmations are on */
    public ConfirmPolicy(BooleanSupplier confirmations) {
        this.confirmations = confirmations;
    }

    /** Makes dialogs owned by {@code window} follow this policy. */
    public void install(Window window) {
        window.getProperties().put(KEY, this);
    }

    /** The policy of this window, or one that always asks. */
    public static ConfirmPolicy of(Window window) {
        Object p = window == null ? null : window.getProperties().get(KEY);
        return p instanceof ConfirmPolicy policy ? policy : ALWAYS_ASK;
    }

    /** Whether plain "are you sure?" questions are asked. */
    public boolean asks() {
        return confirmations.getAsBoolean();
    }
}
