package vn.tdkt.localstack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Port helpers shared by the components of the local stack. */
public final class Ports {

    private Ports() {
    }

    /** Every port {@link #freePort} has handed out in this JVM. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int ATTEMPTS = 100;

    /**
     * Asks the OS for a free port that this JVM has not handed out before. The port is released before it is used,
     * so another process could take it in between; for a developer machine and a test run that window is small
     * enough, and it lets every component know its final address (the issuer URI, the advertised Kafka listener)
     * before it starts. Within the JVM the window is closed: the OS may well answer two {@code bind(0)} in a row with
     * the same port when nothing holds it yet, and a stack once gave its mail catcher's web page and
     * notification-service the same port that way.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot find a free port", e);
            }
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port that was not handed out already after " + ATTEMPTS + " tries");
    }

    /** {@code requested} unless it is 0, in which case a free port. */
    public static int resolve(int requested) {
        return requested == 0 ? freePort() : requested;
    }

    /** True if something accepts TCP connections on localhost:port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True if nothing listens on the port, so that a server may bind it. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
