package dev.porthole.ui.shell;

import java.io.IOException;
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
 * A unix-socket pass-through to a real engine socket. Closing it cuts every open connection and removes the
 * socket file, which to Porthole looks exactly like the engine going away; {@link #open} brings it back.
 */
final class SocketProxy implements AutoCloseable {

    private final Path socket;
    private final Path target;
    private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocketChannel server;

    SocketProxy(Path socket, Path target) {
        this.socket = socket;
        this.target = target;
    }

    String host() {
        return "unix://" + socket;
    }

    /** Starts listening (again). */
    synchronized SocketProxy open() throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(socket));
        server = s;
        Thread.ofVirtual().name("proxy-accept").start(() -> acceptLoop(s));
        return this;
    }

    private void acceptLoop(ServerSocketChannel s) {
        while (s.isOpen()) {
            try {
                SocketChannel client = s.accept();
                SocketChannel upstream = SocketChannel.open(UnixDomainSocketAddress.of(target));
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(SocketChannel from, SocketChannel to) {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        try {
            while (from.read(buf) >= 0) {
                buf.flip();
                while (buf.hasRemaining()) {
                    to.write(buf);
                }
                buf.clear();
            }
        } catch (IOException e) {
            // one side went: end both
        } finally {
            quietly(from);
            quietly(to);
        }
    }

    /** Stops listening, cuts every connection and removes the socket file. */
    @Override
    public synchronized void close() throws IOException {
        ServerSocketChannel s = server;
        server = null;
        if (s != null) {
            s.close();
        }
        for (SocketChannel c : open) {
            quietly(c);
        }
        open.clear();
        Files.deleteIfExists(socket);
    }

    private static void quietly(SocketChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
