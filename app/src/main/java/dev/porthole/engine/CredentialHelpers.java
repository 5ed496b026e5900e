package dev.porthole.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs docker credential helpers the way the docker CLI does: {@code docker-credential-NAME get|store|erase|list}
 * with the request on stdin and the answer on stdout.
 */
@FunctionalInterface
public interface CredentialHelpers {

    /** What a helper prints when it has nothing for a registry (the docker-credential-helpers wording). */
    String NOT_FOUND = "credentials not found in native keychain";

    /**
     * Runs helper {@code name} with {@code action}, writing {@code input} to its stdin; returns its stdout. A
     * non-zero exit is an IOException carrying the helper's own message (never the input).
     */
    String run(String name, String action, String input) throws IOException;

    /** Helpers found on the PATH, as the docker CLI finds them. */
    static CredentialHelpers onPath() {
        return (name, action, input) -> exec(List.of("docker-credential-" + name, action), input);
    }

    /** Helpers taken from {@code folder} (tests hand in a folder with a fake helper script). */
    static CredentialHelpers inFolder(Path folder) {
        return (name, action, input) ->
                exec(List.of(folder.resolve("docker-credential-" + name).toString(), action), input);
    }

    private static String exec(List<String> command, String input) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("The credential helper " + command.getFirst() + " could not be started ("
                    + e.getMessage() + "). Install it, or remove it from config.json.", e);
        }
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            // a helper may ask a keyring to unlock: give the user time, but not forever
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("The credential helper " + command.getFirst() + " did not finish within 60 s.");
            }
            String out = new String(output.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(out.isBlank() ? command.getFirst() + " failed with exit code "
                        + process.exitValue() : out.strip());
            }
            return out;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the credential helper ran.", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("Could not read what the credential helper " + command.getFirst() + " printed.", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
