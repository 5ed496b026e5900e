package dev.porthole.engine;

/**
 * A running exec process with a TTY. Its output goes to the callback given when it was opened; closing the session
 * ends the attachment (and, with it, the shell when it reads from its terminal).
 */
public interface ExecSession extends AutoCloseable {

    /** The engine's id of the exec instance. */
    String id();

    /** Queues bytes for the process's terminal input; never blocks on the engine. */
    void send(byte[] input);

    /** Tells the engine the terminal's new size. Blocks on the engine: not on the FX thread. */
    void resize(int columns, int rows);

    /** The process's exit code once it has ended, or null while it runs or when unknown. Blocks on the engine. */
    Integer exitCode();

    /**
     * Ends the session and frees its connection; a shell still running is interrupted and sent end-of-input
     * first, as the engine does not end an exec process when its attachment goes. May block up to a second.
     * Safe to call more than once.
     */
    @Override
    void close();
}
