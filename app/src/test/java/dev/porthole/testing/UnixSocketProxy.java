package dev.porthole.testing;

import dev.porthole.engine.EngineEndpoint;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A byte-forwarding proxy on a unix socket in front of the engine, which a test can cut (listener and every live
 * connection closed, socket file gone) and open again, to play an engine that goes away and comes back.
 * Shared with ui's tests through the test-jar.
 */
public final class UnixSocketProxy implements AutoCloseable {

    private final Path socket;
    private final SocketAddress target;
    private final Set<SocketChannel> live = ConcurrentHashMap.newKeySet();
    private volatile ServerSocketChannel server;

    public UnixSocketProxy(Path socket, SocketAddress target) {
        this.socket = socket;
        this.target = target;
    }

    /** Where the engine at {@code endpoint} listens (unix socket or TCP), for the proxy to forward to. */
    public static SocketAddress addressOf(EngineEndpoint endpoint) {
        URI uri = URI.create(endpoint.host());
        return switch (uri.getScheme()) {
            case "unix" -> UnixDomainSocketAddress.of(uri.getPath());
            case "tcp" -> new InetSocketAddress(uri.getHost(), uri.getPort());
            default -> throw new IllegalStateException("cannot proxy " + endpoint.host());
        };
    }

    /** The endpoint address clients use: unix://SOCKET. */
    public String host() {
        return "unix://" + socket;
    }

    /** Starts listening (again). */
    public synchronized void open() throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(socket));
        server = s;
        Thread.ofVirtual().name("proxy-accept").start(() -> accept(s));
    }

    /** Stops listening, removes the socket file and drops every live connection, as a dying engine would. */
    public synchronized void cut() throws IOException {
        ServerSocketChannel s = server;
        server = null;
        if (s != null) {
            s.close();
        }
        Files.deleteIfExists(socket);
        for (SocketChannel c : live) {
            closeQuietly(c);
        }
        live.clear();
    }

    /** Connections open through the proxy (each counted on both sides). */
    public int liveConnections() {
        return live.size();
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocketChannel s) {
        while (s.isOpen()) {
            SocketChannel client;
            try {
                client = s.accept();
            } catch (IOException closed) {
                return;
            }
            SocketChannel upstream;
            try {
                upstream = SocketChannel.open(target);
            } catch (IOException e) {
                closeQuietly(client);
                continue;
            }
            live.add(client);
            live.add(upstream);
            if (!s.isOpen()) {
                // cut while this one was being accepted
                closeQuietly(client);
                closeQuietly(upstream);
                return;
            }
            Thread.ofVirtual().name("proxy-up").start(() -> pump(client, upstream));
            Thread.ofVirtual().name("proxy-down").start(() -> pump(upstream, client));
        }
    }

    private void pump(SocketChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
        } catch (IOException closed) {
            // either side went away, or the test cut the proxy
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            live.remove(from);
            live.remove(to);
        }
    }

    private static void closeQuietly(SocketChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }
}
