package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/** docker-java and transport failures as {@link EngineException}s a user can read: what failed, and why. */
final class DockerFailures {

    private DockerFailures() {
    }

    /** The failure as an {@link EngineException} whose message says what was attempted and why it failed. */
    static EngineException translate(String host, String what, Throwable failure) {
        if (failure instanceof EngineException e) {
            return e;
        }
        if (failure instanceof DockerException e) {
            Kind kind = switch (e.getHttpStatus()) {
                case 404 -> Kind.NOT_FOUND;
                case 409 -> Kind.CONFLICT;
                case 400, 401, 403, 406 -> Kind.BAD_REQUEST;
                default -> Kind.OTHER;
            };
            return new EngineException(kind, "Cannot " + what + ": " + engineMessage(e), e);
        }
        IOException io = ioCause(failure);
        if (io != null) {
            return new EngineException(Kind.UNREACHABLE, "Cannot " + what + ": the engine at " + host + " "
                    + whyUnreachable(host, io) + ".", failure);
        }
        if (failure instanceof IllegalArgumentException || failure instanceof DockerClientException) {
            return new EngineException(Kind.BAD_REQUEST, "Cannot " + what + ": " + failure.getMessage() + ".",
                    failure);
        }
        return new EngineException(Kind.OTHER, "Cannot " + what + ": " + failure, failure);
    }

    private static IOException ioCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String whyUnreachable(String host, IOException io) {
        String message = io.getMessage() == null ? "" : io.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no such file")) {
            return "is not there (no socket at " + URI.create(host).getPath() + ")";
        }
        if (lower.contains("permission denied")) {
            return "refused access to its socket (permission denied; is your user in the docker group?)";
        }
        if (io instanceof ConnectException || lower.contains("connection refused")) {
            return "refused the connection (is the engine running?)";
        }
        if (io instanceof SocketTimeoutException || lower.contains("timed out")) {
            return "did not answer within " + DockerConnection.CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (io instanceof UnknownHostException) {
            return "is unknown (no such host: " + message + ")";
        }
        if (io instanceof NoRouteToHostException) {
            return "cannot be routed to (" + message + ")";
        }
        if (io instanceof javax.net.ssl.SSLException) {
            return "failed the TLS handshake (" + message + ")";
        }
        if (lower.contains("reset") || lower.contains("closed") || lower.contains("broken pipe")
                || lower.contains("premature end") || lower.contains("failed to respond")) {
            return "dropped the connection (" + message + ")";
        }
        return "cannot be reached (" + io.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message)
                + ")";
    }

    /** The engine's own sentence from a docker-java exception ("Status 404: {"message":"…"}"). */
    private static String engineMessage(DockerException e) {
        String text = e.getMessage() == null ? "" : e.getMessage().trim();
        text = text.replaceFirst("^Status \\d+:", "").trim();
        if (text.startsWith("{")) {
            try {
                JsonNode node = DockerMapping.JSON.readTree(text);
                if (node.hasNonNull("message")) {
                    text = node.get("message").asText();
                } else if (node.hasNonNull("cause")) {
                    text = node.get("cause").asText();
                }
            } catch (IOException notJson) {
                // keep the text as it came
            }
        }
        return text.isEmpty() ? "the engine answered with HTTP status " + e.getHttpStatus() : text;
    }
}
