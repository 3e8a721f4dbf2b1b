package io.newslens.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port helpers. */
public final class Ports {

    private Ports() {
    }

    /** A port that is free right now on 127.0.0.1. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    /** Fails with a message a person can act on when {@code port} is taken. */
    public static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new PortInUseException(port, what);
        }
    }

    public static final class PortInUseException extends IllegalStateException {
        public PortInUseException(int port, String what) {
            super("port " + port + " on 127.0.0.1 (" + what + ") is already in use: stop whatever listens there "
                    + "(ss -ltnp 'sport = :" + port + "') or choose another port");
        }
    }
}
