package dev.porthole.engine;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which engine the user chose in the preferences: auto-discovery (like the docker CLI), or one docker context,
 * unix socket, Windows named pipe or tcp address. A chosen one is the only one tried, as DOCKER_HOST would be.
 *
 * @param kind       auto, context, unix, npipe or tcp
 * @param address    the context name, socket path, pipe path or host:port (blank for auto)
 * @param tlsCertDir for tcp: a folder with ca.pem, cert.pem, key.pem to verify the server with TLS, or null
 */
public record EngineChoice(Kind kind, String address, Path tlsCertDir) {

    /** How the engine is reached. */
    public enum Kind {
        AUTO("Automatic (like the docker CLI)"),
        CONTEXT("Docker context"),
        UNIX("Unix socket"),
        NPIPE("Windows named pipe"),
        TCP("TCP address");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The words shown in the preferences. */
        public String label() {
            return label;
        }
    }

    public static final EngineChoice AUTO = new EngineChoice(Kind.AUTO, "", null);

    public EngineChoice {
        kind = kind == null ? Kind.AUTO : kind;
        // automatic discovery has no address: two AUTO choices are always equal
        address = address == null || kind == Kind.AUTO ? "" : address.strip();
        if (kind != Kind.TCP) {
            tlsCertDir = null;
        }
    }

    /** Why this choice cannot be used, or null when it can. Checks the form only; {@link EngineLocator} probes. */
    public String problem() {
        return switch (kind) {
            case AUTO -> null;
            case CONTEXT -> address.isEmpty() ? "Name the docker context." : null;
            case UNIX -> address.isEmpty() ? "Give the socket's path, e.g. /var/run/docker.sock."
                    : !address.startsWith("/") ? "The socket path must be absolute (start with /)." : null;
            case NPIPE -> address.isEmpty() ? "Give the pipe, e.g. //./pipe/docker_engine." : null;
            case TCP -> address.isEmpty() ? "Give host:port, e.g. 192.168.1.10:2376."
                    : !address.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}") ? "Write the address as host:port." : null;
        };
    }

    /** The endpoint a socket, pipe or tcp choice names (source "preferences"); null for auto and contexts. */
    public EngineEndpoint endpoint() {
        String host = switch (kind) {
            case AUTO, CONTEXT -> null;
            case UNIX -> "unix://" + address;
            case NPIPE -> "npipe://" + (address.startsWith("//") ? address : "//" + address);
            case TCP -> "tcp://" + address.toLowerCase(Locale.ROOT);
        };
        return host == null ? null : new EngineEndpoint(host, EngineLocator.PREFERENCES, tlsCertDir != null, tlsCertDir);
    }

    /** Short words for the choice: "Automatic", "context prod", "unix:///var/run/docker.sock". */
    public String describe() {
        return switch (kind) {
            case AUTO -> "Automatic";
            case CONTEXT -> "context \"" + address + "\"";
            default -> endpoint().host() + (tlsCertDir != null ? " with TLS from " + tlsCertDir : "");
        };
    }
}
