package org.citizenhub.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Small helpers for loopback ports. Every server the hub provisions binds to 127.0.0.1. */
public final class Ports {

    public static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    /** A port that was free on 127.0.0.1 a moment ago. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + LOOPBACK, e);
        }
    }

    /** {@code port} itself, or a free one when {@code port} is 0. */
    public static int orFree(int port) {
        return port == 0 ? free() : port;
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails fast with a clear message when something else already listens on a fixed port. */
    public static void requireFree(int port, String what) {
        if (isListening(port)) {
            throw new IllegalStateException(what + " cannot start: port " + port + " on " + LOOPBACK
                    + " is already in use (is another hub or test run still running? `./hub stop` stops a local hub)");
        }
    }

    static void awaitClosed(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isListening(port) && System.nanoTime() < deadline) {
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
