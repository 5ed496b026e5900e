package dev.porthole.ui.layers;

import dev.porthole.layers.ImageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;

/** An image source whose stream never delivers a byte until the reading thread is interrupted. */
final class BlockingSource implements ImageSource {

    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);

    @Override
    public String name() {
        return "slow-image:latest";
    }

    @Override
    public InputStream open() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                started.countDown();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw new InterruptedIOException("interrupted");
                }
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return read() < 0 ? -1 : 0;
            }
        };
    }

    @Override
    public long length() {
        return 1_000_000;
    }
}
