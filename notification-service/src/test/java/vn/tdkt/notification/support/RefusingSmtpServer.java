package vn.tdkt.notification.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that refuses some recipients for good, as a real one does for a mistyped mailbox: {@code RCPT TO} of
 * an address in {@code refused} answers {@code 550 5.1.1 … User unknown} (RFC 5321 §4.2.2); every other recipient is
 * accepted and its message kept. GreenMail accepts every recipient, so it cannot stand in for this.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Set<String> refused;
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();

    public RefusingSmtpServer(int port, Set<String> refused) throws IOException {
        this.refused = refused;
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port));
        Thread acceptor = new Thread(this::accept, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Each {@code RCPT TO} refused, by address. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** The recipients of each message received. */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                converse(connection);
            } catch (IOException closedOrDropped) {
                // the next connection, or the end
            }
        }
    }

    private void converse(Socket connection) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                StandardCharsets.UTF_8));
        OutputStream out = connection.getOutputStream();
        reply(out, "220 refusing-smtp ESMTP");
        String recipient = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 refusing-smtp");
            } else if (command.startsWith("RCPT TO:")) {
                String address = line.substring(8).trim().replaceAll("[<>]", "").toLowerCase(Locale.ROOT);
                if (refused.contains(address)) {
                    refusals.add(address);
                    reply(out, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
                } else {
                    recipient = address;
                    reply(out, "250 2.1.5 Ok");
                }
            } else if (command.startsWith("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                    // the message itself is not kept: who it was for is what the tests ask
                }
                accepted.add(recipient);
                reply(out, "250 2.0.0 Ok: queued");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 2.0.0 Bye");
                return;
            } else {
                // MAIL FROM, RSET, NOOP
                reply(out, "250 2.0.0 Ok");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
