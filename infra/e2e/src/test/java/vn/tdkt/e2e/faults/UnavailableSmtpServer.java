package vn.tdkt.e2e.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A mail server that is down, on the mail catcher's SMTP port while the catcher's SMTP server is stopped: every
 * connection is greeted with {@code 421 Service not available} (RFC 5321 §3.8) and closed. Each connection is recorded
 * with the sender's SMTP breaker state read while the connection is held (see {@link WebhookReceiver} for why that
 * state is the one the call was made in).
 */
final class UnavailableSmtpServer implements AutoCloseable {

    record Connection(Instant at, String breakerState) {
    }

    private final ServerSocket socket;
    private final Supplier<String> breakerProbe;
    private final List<Connection> connections = new ArrayList<>();
    private final Thread acceptor;

    UnavailableSmtpServer(int port, Supplier<String> breakerProbe) {
        this.breakerProbe = breakerProbe;
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot bind the unavailable SMTP server on " + port, e);
        }
        acceptor = new Thread(this::accept, "unavailable-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                String state = breakerProbe.get();
                synchronized (this) {
                    connections.add(new Connection(Instant.now(), state));
                }
                OutputStream out = connection.getOutputStream();
                out.write("421 4.3.2 Service not available, closing transmission channel\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // closed, or the client gave up
            }
        }
    }

    synchronized List<Connection> connections() {
        return List.copyOf(connections);
    }

    @Override
    public void close() {
        try {
            socket.close();
            acceptor.join(5_000);
        } catch (IOException e) {
            // already closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
