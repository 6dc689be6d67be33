package vn.tdkt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The whole system as a department sees it: a real Kafka broker (KRaft), the MongoDB-wire server, the
 * authorization server and the four services as separate processes, called over HTTP with real tokens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT extends EndToEndTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration SPINE_DEADLINE = Duration.ofSeconds(10);

    private Api planAsSnv;
    private Api nominationAsSgddt;
    private Api nominationAsSyt;
    private Api nominationAsSnv;
    private Api inboxAsSgddt;
    private Api inboxAsSyt;
    private Api dashboardAsLeader;

    PlatformEndToEndIT() {
        // The due scan runs every few seconds here so the spine can be observed within 10 s.
        super(stack -> stack.serviceSystemProperty("plan-service", "tdkt.reminder.scan-interval", "PT2S"));
    }

    @BeforeAll
    void clients() {
        planAsSnv = new Api(stack.serviceUrl("plan-service"), stack.token("snv"));
        nominationAsSgddt = new Api(stack.serviceUrl("nomination-service"), stack.token("sgddt"));
        nominationAsSyt = new Api(stack.serviceUrl("nomination-service"), stack.token("syt"));
        nominationAsSnv = new Api(stack.serviceUrl("nomination-service"), stack.token("snv"));
        inboxAsSgddt = new Api(stack.serviceUrl("notification-service"), stack.token("sgddt"));
        inboxAsSyt = new Api(stack.serviceUrl("notification-service"), stack.token("syt"));
        dashboardAsLeader = new Api(stack.serviceUrl("reporting-service"), stack.token("leader"));
        System.out.println("E2E stack started in " + stack.totalStartupTime().toSeconds() + " s: " + stack.startupTimes());
    }

    @Test
    @Order(1)
    void a_task_due_within_the_reminder_window_reaches_the_lead_units_inbox_and_the_dashboard() {
        LocalDate today = LocalDate.now(ZONE);
        String content = "E2E nhiệm vụ " + UUID.randomUUID().toString().substring(0, 8);
        // the 7-day reminder falls due today (moved to the previous working day if today is not one)
        String planId = Plans.publishOneTask(planAsSnv, "E2E", "Kế hoạch kiểm thử đầu cuối", content, "SGDDT",
                "SYT", today.plusDays(7));

        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(inboxItems(inboxAsSgddt, "SGDDT"))
                    .anySatisfy(item -> assertThat(item.toString()).contains(content).contains("TASK_DUE"));
            JsonNode summary = dashboardAsLeader.get("/api/v1/dashboard/summary").body();
            assertThat(summary.path("tasks").path("dueSoon").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(summary.path("tasks").path("dueSoonList").toString()).contains(content);
        });
        assertThat(planId).isNotBlank();
    }

    @Test
    @Order(2)
    void an_appraised_dossier_notifies_the_submitting_unit_and_counts_on_the_dashboard() {
        int eligibleBefore = eligibleDossiers();
        String subject = "Nguyễn Thị E2E " + UUID.randomUUID().toString().substring(0, 6);

        String dossierId = submitAndAppraise(subject);

        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(inboxItems(inboxAsSgddt, "SGDDT"))
                    .anySatisfy(item -> assertThat(item.toString()).contains(dossierId).contains("DOSSIER_APPRAISED"));
            assertThat(eligibleDossiers()).isEqualTo(eligibleBefore + 1);
        });
    }

    @Test
    @Order(3)
    void a_unit_officer_cannot_read_another_units_inbox_or_dossier() {
        String dossierId = createDossier("Trần Văn Riêng");

        assertThat(nominationAsSyt.get("/api/v1/dossiers/" + dossierId).status()).isEqualTo(404);
        assertThat(nominationAsSgddt.get("/api/v1/dossiers/" + dossierId).status()).isEqualTo(200);
        assertThat(inboxAsSyt.get("/api/v1/inbox?unit=SGDDT").status()).isIn(403, 404);
        assertThat(new Api(stack.serviceUrl("notification-service"), null).get("/api/v1/inbox").status()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void with_the_broker_stopped_for_30_seconds_every_event_arrives_once_after_it_returns() throws Exception {
        int eligibleBefore = eligibleDossiers();
        List<String> dossierIds = new ArrayList<>();

        stack.kafka().stop();
        try {
            for (int i = 0; i < 3; i++) {
                dossierIds.add(submitAndAppraise("Lê Văn Gián Đoạn " + i));
            }
            Thread.sleep(Duration.ofSeconds(30).toMillis());
            assertThat(eligibleDossiers()).as("nothing can arrive while the broker is down").isEqualTo(eligibleBefore);
        } finally {
            stack.kafka().start();
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<JsonNode> inbox = inboxItems(inboxAsSgddt, "SGDDT");
            for (String dossierId : dossierIds) {
                long entries = inbox.stream().filter(item -> item.toString().contains(dossierId)).count();
                assertThat(entries).as("inbox entries for %s", dossierId).isEqualTo(1);
            }
            assertThat(eligibleDossiers()).isEqualTo(eligibleBefore + 3);
        });
        // a while later still exactly once: late duplicates (re-sends after the outage) changed nothing
        Thread.sleep(3_000);
        List<JsonNode> inbox = inboxItems(inboxAsSgddt, "SGDDT");
        for (String dossierId : dossierIds) {
            assertThat(inbox.stream().filter(item -> item.toString().contains(dossierId)).count()).isEqualTo(1);
        }
        assertThat(eligibleDossiers()).isEqualTo(eligibleBefore + 3);
    }

    @Test
    @Order(5)
    void a_requests_trace_id_reaches_its_event_on_kafka_and_the_consumer_that_handles_it() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        Nominations nominations = new Nominations(nominationAsSgddt, nominationAsSnv);
        String dossierId = nominations.submit(nominations.draft("Phạm Thị Vết " + traceId.substring(0, 6)));
        nominations.assign(dossierId);

        // the appraisal comes from a caller that is already tracing
        nominations.appraise(dossierId, Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            // HTTP → outbox → Kafka: the dossier-appraised event carries the caller's trace id
            TopicReader.Event appraised = TopicReader.readAll(stack.bootstrapServers(), "tdkt.nomination.events")
                    .stream()
                    .filter(event -> dossierId.equals(event.header("ce_subject")))
                    .filter(event -> "tdkt.nomination.dossier-appraised.v1".equals(event.header("ce_type")))
                    .findFirst().orElseThrow();
            assertThat(appraised.header("ce_traceparent")).startsWith("00-" + traceId + "-");
            // → consumer: notification-service handled it under the same trace, so the notification-sent event its
            // handler recorded for the inbox notice (source: that very event) carries the trace id too
            assertThat(TopicReader.readAll(stack.bootstrapServers(), "tdkt.notification.events"))
                    .filteredOn(event -> String.valueOf(event.header("ce_traceparent")).contains(traceId))
                    .isNotEmpty()
                    .allSatisfy(event -> assertThat(Api.JSON.readTree(event.payload()).path("sourceEventId").asText())
                            .isEqualTo(appraised.header("ce_id")));
        });
    }

    @Test
    @Order(6)
    void every_consuming_service_exports_its_consumer_lag_to_prometheus() {
        for (String service : List.of("plan-service", "nomination-service", "reporting-service",
                "notification-service")) {
            Api api = new Api(stack.serviceUrl(service), stack.token("snv"));
            // the client's own view (records behind the fetch position, per consumer) and the binder's (records
            // behind the group's committed offsets, per group and topic); one scrape of reporting-service once lacked
            // the client's metric while its binder gauges were there, so the check scrapes until both show
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Api.Response scrape = api.get("/actuator/prometheus");
                assertThat(scrape.status()).as("%s /actuator/prometheus", service).isEqualTo(200);
                assertThat(scrape.raw()).as(service)
                        .contains("kafka_consumer_fetch_manager_records_lag_max{")
                        .containsPattern("spring_cloud_stream_binder_kafka_offset\\{group=\"" + service
                                + "\",topic=\"tdkt\\.");
            });
        }
    }

    @Test
    @Order(7)
    void a_cluster_ranked_by_reporting_gives_the_leader_r_cot_01_in_nomination_and_the_second_not() {
        int year = LocalDate.now(ZONE).getYear();
        String code = "KHOI-E2E-" + UUID.randomUUID().toString().substring(0, 4);
        // plan-service forms the block (cluster-formed → reporting-service opens its score sheets from it)
        Api.Response formed = planAsSnv.post("/api/v1/clusters", Map.of("code", code,
                "name", "Khối kiểm thử đầu cuối", "type", "BLOCK", "year", year,
                "members", List.of(Map.of("unitCode", "SYT", "role", "TRUONG_KHOI"),
                        Map.of("unitCode", "SGDDT", "role", "PHO_KHOI"))));
        assertThat(formed.status()).as(formed.raw()).isEqualTo(201);
        String clusterId = formed.body().path("id").asString();

        // the head (Sở Y tế) opens the sheet once reporting-service knows the block, scores and ranks it
        Api scoringAsSyt = new Api(stack.serviceUrl("reporting-service"), stack.token("syt"));
        String[] sheet = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Api.Response opened = scoringAsSyt.post("/api/v1/score-sheets", Map.of("clusterId", clusterId));
            assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
            sheet[0] = opened.body().path("id").asString();
        });
        String sheetPath = "/api/v1/score-sheets/" + sheet[0];
        for (Map.Entry<String, Integer> score : Map.of("SYT", 14, "SGDDT", 9).entrySet()) {
            Api.Response scored = scoringAsSyt.put(sheetPath + "/scores", Map.of("unitCode", score.getKey(),
                    "criterionCode", "REFORM_DIGITAL", "score", score.getValue(),
                    "justification", "Biên bản kiểm tra cuối năm của khối"), ifMatch(scoringAsSyt, sheetPath));
            assertThat(scored.status()).as(scored.raw()).isEqualTo(200);
        }
        Api.Response ranked = scoringAsSyt.post(sheetPath + "/rank", null, ifMatch(scoringAsSyt, sheetPath));
        assertThat(ranked.status()).as(ranked.raw()).isEqualTo(200);

        // each unit proposes itself for the Cờ thi đua của UBND tỉnh, its criteria confirmed by the block's review
        String leader = createFlagDossier(nominationAsSyt, "Sở Y tế", year);
        String second = createFlagDossier(nominationAsSgddt, "Sở Giáo dục và Đào tạo", year);

        // cluster-ranked travels reporting-service → Kafka → nomination-service's plan view
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(rCot01(nominationAsSyt, leader)).as("rank 1").isTrue());
        assertThat(rCot01(nominationAsSgddt, second)).as("rank 2").isFalse();
    }

    @Test
    @Order(8)
    void an_award_decided_then_revoked_in_nomination_reaches_the_units_inbox_and_the_dashboard() {
        JsonNode awardsBefore = awards();
        String subject = "Lường Thị Khen " + UUID.randomUUID().toString().substring(0, 6);
        String dossierId = submitAndAppraise(subject);

        // Sở Nội vụ records the Giấy khen signed by the head of the proposing department (R-AUTH-01)
        LocalDate today = LocalDate.now(ZONE);
        Api.Response decided = nominationAsSnv.post("/api/v1/decisions", Map.of(
                "number", (100 + new java.util.Random().nextInt(900)) + "/QĐ-SGDĐT", "date", today.toString(),
                "signer", "Nguyễn Văn Giám", "signerTitle", "Giám đốc", "authority", "THU_TRUONG_SO_NGANH",
                "dossierIds", List.of(dossierId)));
        assertThat(decided.status()).as(decided.raw()).isEqualTo(201);
        long money = decided.body().path("awardees").path(0).path("money").path("amount").asLong();
        assertThat(money).as("Giấy khen carries its reward (R-MONEY-01)").isPositive();

        // award-decided reaches the unit's inbox (notification-service) and the dashboard (reporting-service)
        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(inboxItems(inboxAsSgddt, "SGDDT"))
                    .anySatisfy(item -> assertThat(item.toString()).contains("AWARD_DECIDED").contains(subject));
            JsonNode awards = awards();
            assertThat(awards.path("total").asLong()).isEqualTo(awardsBefore.path("total").asLong() + 1);
            assertThat(awards.path("amount").asLong()).isEqualTo(awardsBefore.path("amount").asLong() + money);
        });

        // the register holds the award and prints its certificate
        String awardId = decided.body().path("awardees").path(0).path("awardId").asString();
        Api.Response certificate = nominationAsSgddt.get("/api/v1/award-register/" + awardId + "/certificate.pdf");
        assertThat(certificate.status()).as(certificate.raw()).isEqualTo(200);
        assertThat(certificate.raw()).startsWith("%PDF");

        // a revocation (award-revoked) reaches the unit's inbox and the dashboard's revoked count
        Api.Response revoked = nominationAsSnv.post("/api/v1/revocations", Map.of("awardId", awardId, "trigger", "A",
                "reason", "Kê khai thành tích không đúng sự thật (kiểm thử đầu cuối)",
                "decision", Map.of("number", (100 + new java.util.Random().nextInt(900)) + "/QĐ-SGDĐT",
                        "date", today.toString(), "signer", "Nguyễn Văn Giám", "authority", "THU_TRUONG_SO_NGANH"),
                "confirmedCascade", List.of()));
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(201);
        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(inboxItems(inboxAsSgddt, "SGDDT"))
                    .anySatisfy(item -> assertThat(item.toString()).contains("AWARD_REVOKED").contains(subject));
            assertThat(awards().path("revoked").asLong()).isEqualTo(awardsBefore.path("revoked").asLong() + 1);
        });
    }

    // --- steps ----------------------------------------------------------------------------------------

    private static Map<String, String> ifMatch(Api api, String path) {
        return Map.of("If-Match", api.get(path).headers().firstValue("ETag").orElseThrow());
    }

    private static String createFlagDossier(Api nomination, String name, int year) {
        Api.Response created = nomination.post("/api/v1/dossiers", Map.of(
                "subject", Map.of("type", "COLLECTIVE", "name", name, "members", Map.of("members", 40, "women", 25,
                        "ldtt", 38, "cstdcs", 6, "lowestGrade", "HTNV", "disciplinedWarningOrAbove", 0,
                        "clusterCriteriaConfirmed", true)),
                "proposal", Map.of("awardCode", "CO_TINH", "year", year),
                "achievement", Map.of("summary", "Hoàn thành xuất sắc nhiệm vụ, dẫn đầu khối thi đua năm " + year)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    private static Boolean rCot01(Api nomination, String dossierId) {
        Api.Response report = nomination.get("/api/v1/dossiers/" + dossierId + "/eligibility");
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        for (JsonNode result : report.body().path("results")) {
            if (result.path("ruleId").asString().equals("R-COT-01")) {
                return result.path("passed").asBoolean();
            }
        }
        throw new AssertionError("R-COT-01 not evaluated: " + report.raw());
    }


    private String createDossier(String subject) {
        return new Nominations(nominationAsSgddt, nominationAsSnv).draft(subject);
    }

    private String submitAndAppraise(String subject) {
        return new Nominations(nominationAsSgddt, nominationAsSnv).appraised(subject);
    }

    private static List<JsonNode> inboxItems(Api inbox, String unit) {
        Api.Response response = inbox.get("/api/v1/inbox?unit=" + unit + "&size=100");
        assertThat(response.status()).as("inbox: %s", response.raw()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.body().path("items").forEach(items::add);
        return items;
    }

    private JsonNode awards() {
        Api.Response response = dashboardAsLeader.get("/api/v1/dashboard/summary");
        assertThat(response.status()).as("summary: %s", response.raw()).isEqualTo(200);
        return response.body().path("awards");
    }

    private int eligibleDossiers() {
        Api.Response response = dashboardAsLeader.get("/api/v1/dashboard/summary");
        assertThat(response.status()).as("summary: %s", response.raw()).isEqualTo(200);
        return response.body().path("dossiers").path("byStage").path("ELIGIBLE").asInt(0);
    }
}
