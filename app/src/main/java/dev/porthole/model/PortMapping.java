package dev.porthole.model;

/**
 * One container port and, when published, the host address and port it is reachable on.
 *
 * @param privatePort the port inside the container
 * @param publicPort  the host port, or 0 when not published
 * @param ip          the host address it is bound to ("0.0.0.0", "::", or null)
 * @param protocol    "tcp", "udp" or "sctp"
 */
public record PortMapping(int privatePort, int publicPort, String ip, String protocol) {

    public boolean isPublished() {
        return publicPort > 0;
    }
}
