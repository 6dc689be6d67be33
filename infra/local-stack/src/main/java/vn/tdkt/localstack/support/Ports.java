package vn.tdkt.localstack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port helpers shared by the components of the local stack. */
public final class Ports {

    private Ports() {
    }

    /**
     * Asks the OS for a free port. The port is released before it is used, so another process could take it in
     * between; for a developer machine and a test run that window is small enough, and it lets every component know
     * its final address (the issuer URI, the advertised Kafka listener) before it starts.
     */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port", e);
        }
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
