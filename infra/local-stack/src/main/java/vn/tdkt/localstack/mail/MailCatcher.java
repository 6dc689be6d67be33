package vn.tdkt.localstack.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local SMTP server every service sends its e-mail to (nothing leaves the machine), with a small web page and
 * JSON API to read what arrived: {@code GET /} (a list in the browser), {@code GET /messages} (JSON: from, to,
 * subject, time, text), {@code DELETE /messages} (empty the box). GreenMail does the SMTP.
 */
public final class MailCatcher {

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int smtpPort;
    private final int webPort;
    private GreenMail smtp;
    private HttpServer web;
    /** What arrived before the last {@link #stopSmtp()}: the catcher remembers mail across an SMTP outage. */
    private final List<Map<String, Object>> earlier = new ArrayList<>();

    public MailCatcher(int smtpPort, int webPort) {
        this.smtpPort = smtpPort;
        this.webPort = webPort;
    }

    public synchronized void start() {
        startSmtp();
        try {
            web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        } catch (IOException e) {
            smtp.stop();
            throw new UncheckedIOException("Cannot open the mail catcher's web port " + webPort, e);
        }
        web.createContext("/messages", this::messages);
        web.createContext("/", this::page);
        web.start();
        log.info("Mail catcher: SMTP on localhost:{}, messages at {}", smtpPort, webUrl());
    }

    public synchronized void stop() {
        if (web != null) {
            web.stop(0);
            web = null;
        }
        stopSmtp();
    }

    /**
     * Takes the SMTP server away (its port refuses connections), as a mail server outage, keeping what arrived so far
     * and the web page; {@link #startSmtp()} brings it back on the same port.
     */
    public synchronized void stopSmtp() {
        if (smtp != null) {
            // stop first and read the old store after: a message accepted while stopping is kept too
            com.icegreen.greenmail.Managers store = smtp.getManagers();
            smtp.stop();
            smtp = null;
            for (com.icegreen.greenmail.store.StoredMessage message : store.getImapHostManager().getAllMessages()) {
                earlier.add(describe(earlier.size() + 1, message.getMimeMessage()));
            }
            log.info("Mail catcher: SMTP on localhost:{} stopped", smtpPort);
        }
    }

    /** Starts (or restarts) the SMTP server on its port. */
    public synchronized void startSmtp() {
        if (smtp == null) {
            GreenMail starting = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            starting.start();
            smtp = starting;
        }
    }

    public synchronized boolean isSmtpRunning() {
        return smtp != null;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String webUrl() {
        return "http://localhost:" + webPort;
    }

    /** How many messages arrived so far (cheaper than {@link #messages()}, which decodes them all). */
    public synchronized int count() {
        return earlier.size() + (smtp == null ? 0 : smtp.getReceivedMessages().length);
    }

    /** What arrived so far, oldest first (also what arrived before an SMTP outage). */
    public synchronized List<Map<String, Object>> messages() {
        List<Map<String, Object>> all = new ArrayList<>(earlier);
        if (smtp == null) {
            return all;
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        for (int i = 0; i < received.length; i++) {
            all.add(describe(all.size() + 1, received[i]));
        }
        return all;
    }

    private static Map<String, Object> describe(int id, MimeMessage message) {
        Map<String, Object> view = new LinkedHashMap<>();
        try {
            view.put("id", id);
            view.put("messageId", message.getMessageID());
            view.put("from", addresses(message.getFrom()));
            view.put("to", addresses(message.getAllRecipients()));
            view.put("subject", message.getSubject());
            view.put("receivedAt", message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant().toString());
            view.put("text", text(message));
        } catch (MessagingException | IOException e) {
            view.put("error", e.getMessage());
        }
        return view;
    }

    /** The readable text: the plain part of a multipart message, decoded from its transfer encoding. */
    private static String text(jakarta.mail.Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/plain")) {
                    return text(body);
                }
                if (html == null && (body.isMimeType("text/html") || body.isMimeType("multipart/*"))) {
                    html = text(body);
                }
            }
            return html == null ? "" : html;
        }
        return GreenMailUtil.getBody(part);
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private void messages(HttpExchange exchange) throws IOException {
        if ("DELETE".equals(exchange.getRequestMethod())) {
            synchronized (this) {
                earlier.clear();
                if (smtp != null) {
                    try {
                        smtp.purgeEmailFromAllMailboxes();
                    } catch (com.icegreen.greenmail.store.FolderException e) {
                        throw new IOException("Cannot empty the mail catcher", e);
                    }
                }
            }
            respond(exchange, 204, "application/json", new byte[0]);
            return;
        }
        respond(exchange, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(messages()));
    }

    private void page(HttpExchange exchange) throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>Hộp thư thử nghiệm TĐKT</title><style>body{font-family:sans-serif;margin:2em}"
                + "td,th{border-bottom:1px solid #ddd;padding:.4em;vertical-align:top;text-align:left}"
                + "pre{white-space:pre-wrap;margin:0}</style></head><body><h1>Hộp thư thử nghiệm / Local mail</h1>"
                + "<p>Mọi thư các dịch vụ gửi khi chạy <code>./run</code> đến đây (JSON: <a href=\"/messages\">/messages</a>)."
                + "</p><table><tr><th>#</th><th>Thời gian</th><th>Gửi đến</th><th>Tiêu đề</th><th>Nội dung</th></tr>");
        List<Map<String, Object>> all = messages();
        for (int i = all.size() - 1; i >= 0; i--) {
            Map<String, Object> message = all.get(i);
            html.append("<tr><td>").append(message.get("id")).append("</td><td>").append(escape(message.get("receivedAt")))
                    .append("</td><td>").append(escape(message.get("to"))).append("</td><td>")
                    .append(escape(message.get("subject"))).append("</td><td><pre>").append(escape(message.get("text")))
                    .append("</pre></td></tr>");
        }
        html.append("</table></body></html>");
        respond(exchange, 200, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(Object value) {
        return value == null ? "" : value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
