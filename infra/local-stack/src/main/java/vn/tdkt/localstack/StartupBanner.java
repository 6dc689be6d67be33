package vn.tdkt.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import vn.tdkt.localstack.auth.DemoClient;
import vn.tdkt.localstack.auth.DemoClients;
import vn.tdkt.localstack.support.ResidentMemory;

/** The Vietnamese + English summary {@code ./run} prints once the stack is up. */
final class StartupBanner {

    private static final String RULE = "=".repeat(100);
    private static final String DASHBOARD_SERVICE = "reporting-service";

    private StartupBanner() {
    }

    static String render(LocalStack stack) {
        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        lines.add(" Hệ thống TĐKT đã sẵn sàng / TĐKT local stack is ready — khởi động / started in "
                + LocalStack.seconds(stack.totalStartupTime()));
        lines.add(RULE);
        lines.add(" Thử ngay / Try first: mở bảng điều hành bên dưới (việc sắp đến hạn), rồi hộp thư mẫu "
                + (stack.hasMailCatcher() ? stack.mail().webUrl() : "(tắt)") + " — nhắc hạn đến trong 1–2 phút"
                + " (trong giờ yên tĩnh ban đêm, e-mail chờ đến hết giờ; hộp thư trong ứng dụng nhận ngay)"
                + " / open the dashboard below, then the local mailbox: reminders arrive within two minutes (in the"
                + " night's quiet hours e-mails wait for their end; the in-app inbox gets them at once).");
        lines.add(RULE);
        Map<String, Duration> times = stack.startupTimes();
        lines.add(row("Kafka (KRaft)", stack.bootstrapServers(), times.get("kafka"), stack.isKafkaExternal()));
        lines.add(row("MongoDB", stack.mongoUri(), times.get("mongo"), stack.isMongoExternal()));
        lines.add(row("OAuth2 issuer", stack.issuerUri(), times.get("auth"), stack.isIssuerExternal()));
        if (stack.hasMailCatcher()) {
            lines.add(row("SMTP thư thử/catcher", "localhost:" + stack.mail().smtpPort(), times.get("mail"), false)
                    + "  Hộp thư / Inbox: " + stack.mail().webUrl());
        }
        for (String service : stack.serviceNames()) {
            String url = stack.serviceUrl(service);
            lines.add(row(service, url, times.get(service), false) + "  Swagger UI: " + url + "/swagger-ui.html");
            stack.instances(service).stream().skip(1).forEach(instance ->
                    lines.add(row("  " + instance.name(), instance.url(), times.get(instance.name()), false)));
        }
        lines.add("");
        dashboard(stack, lines);
        lines.add(" Lấy token / Get a token:");
        lines.add("   curl -s -u snv:snv-secret -d grant_type=client_credentials " + tokenEndpoint(stack));
        lines.add("   Client / secret: " + DemoClients.ALL.stream()
                .map(client -> client.clientId() + "/" + client.secret() + " (" + describe(client) + ")")
                .collect(Collectors.joining(", ")));
        lines.add("");
        lines.add(" Bộ nhớ / Memory (RSS): " + memory(stack));
        lines.add(" Dữ liệu, nhật ký / Data, logs: " + stack.dataDir() + ", " + stack.dataDir().resolve("logs"));
        lines.add(" Nhấn Ctrl-C để dừng / Press Ctrl-C to stop.");
        lines.add(RULE);
        return String.join(System.lineSeparator(), lines);
    }

    private static void dashboard(LocalStack stack, List<String> lines) {
        if (!stack.serviceNames().contains(DASHBOARD_SERVICE)) {
            return;
        }
        lines.add(" Bảng điều hành tỉnh / Provincial dashboard (token của lãnh đạo / leader token, 8 h):");
        try {
            lines.add("   " + stack.serviceUrl(DASHBOARD_SERVICE) + "/#access_token=" + stack.token("leader"));
        } catch (RuntimeException e) {
            lines.add("   " + stack.serviceUrl(DASHBOARD_SERVICE) + "  (no leader token: " + e.getMessage() + ")");
        }
        lines.add("");
    }

    private static String row(String component, String address, Duration startup, boolean external) {
        String time = external ? "external" : startup == null ? "" : LocalStack.seconds(startup);
        return String.format(" %-22s %-34s %10s", component, address, time);
    }

    private static String tokenEndpoint(LocalStack stack) {
        try {
            return stack.tokenEndpoint();
        } catch (RuntimeException e) {
            return stack.issuerUri() + "/oauth2/token";
        }
    }

    private static String describe(DemoClient client) {
        return client.unit() + " " + String.join("+", client.roles());
    }

    private static String memory(LocalStack stack) {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("launcher+mongo+auth", ProcessHandle.current().pid());
        if (!stack.isKafkaExternal()) {
            pids.put("kafka", stack.kafka().pid());
        }
        stack.serviceNames().forEach(name -> stack.instances(name)
                .forEach(instance -> pids.put(instance.name(), instance.pid())));
        long total = 0;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> entry : pids.entrySet()) {
            OptionalLong rss = ResidentMemory.bytes(entry.getValue());
            if (rss.isPresent()) {
                total += rss.getAsLong();
                parts.add(entry.getKey() + " " + ResidentMemory.format(rss.getAsLong()));
            }
        }
        return parts.isEmpty() ? "n/a" : String.join(", ", parts) + " — tổng / total " + ResidentMemory.format(total);
    }
}
