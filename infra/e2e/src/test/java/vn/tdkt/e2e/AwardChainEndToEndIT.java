package vn.tdkt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;
import vn.tdkt.platformtest.pdf.RenderedCertificate;

/**
 * Issue 11's "Done when" on the real local stack: the four services as processes on a real Kafka broker (KRaft) and
 * the MongoDB-wire server, called over HTTP with real tokens. Each step is one test, in order, each building on the
 * one before (a step that fails skips the rest):
 * <ol>
 *   <li>appraised dossiers, found eligible on the registers' facts (history and ratings imported as Sở Nội vụ does);</li>
 *   <li>a council session that invites its members by e-mail (notification-service), recuses the member from the
 *       nominee's unit, fails its quorum with 79 of 100 members present and meets with 95;</li>
 *   <li>a secret ballot by the members' own tokens: 79 % of all members fails and 80 % passes a CSTĐCS (its catalogue
 *       entry: {@code threshold: 0.80, base: TOTAL_MEMBERS});</li>
 *   <li>a public notice whose citizen's comment (the public page's form) blocks the forwarding until resolved;</li>
 *   <li>a decision by a wrong authority refused with problem details, then the right ones decided: award-decided
 *       reaches the unit's inbox and mailbox and the dashboard, by form, level and money against the fund;</li>
 *   <li>the award register with the money; the certificate rendered to PNG, its Vietnamese text with every glyph, its
 *       QR code decoded to a verify URL that answers;</li>
 *   <li>a revocation that cascades to the Bằng khen that relied on the CSTĐCS, reaching inbox, mailbox and dashboard;</li>
 *   <li>bad input to every documented operation on the chain's records (council, session, notice, decision, award,
 *       revocation, …) is refused with a problem, never a server error ({@link HostileWalk});</li>
 *   <li>the hash chain verifies; one entry edited in the database is caught as the first broken link.</li>
 * </ol>
 * Time is the real time: the one thing that cannot be waited for, a notice window of 10 working days, is ended by
 * moving the stored window's dates back, after which the service's own scan closes the notice (see
 * {@link #a_public_notice_gets_a_blocking_comment_which_is_then_resolved}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AwardChainEndToEndIT extends EndToEndTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration SPINE_DEADLINE = Duration.ofSeconds(20);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Where citizens reach the service (printed in QR codes): a proxy's address, not the process's port. */
    private static final String PUBLIC_BASE_URL = "https://khenthuong.sonla.example.vn";
    private static final String NOMINATION_DB = "tdkt-nomination";

    private static final String HOA_ID = "001085000123";
    private static final String BAY_ID = "001084000456";
    private static final String MINH_ID = "001075000789";
    private static final int MEMBERS = 100;
    /** The member from the nominee's (Hoa's) unit. */
    private static final String SGDDT_MEMBER = memberId(4);
    /** R-MONEY-01: coefficient × the base salary in force on the decision date (2.530.000 đ from 01/7/2026). */
    private static final long CSTDCS_MONEY = 2_530_000;
    private static final long BK_TINH_MONEY = 3_795_000;

    private static boolean chainBroken;

    @RegisterExtension
    static final TestWatcher STEPS = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            chainBroken = true;
        }
    };

    private Api nominationAsSnv;
    private Api nominationAsSgddt;
    private Api nominationAsSyt;
    private Api publicNomination;
    private Api inboxAsSgddt;
    private Api dashboardAsLeader;
    private MemberTokens memberTokens;
    private LocalDate today;
    private int year;

    // the chain's state, step to step
    private String hoa;
    private String bay;
    private String hoaBk;
    private String minh;
    private String sessionId;
    private String cstdcsAward;
    private String bkAward;
    private String bkVerifyPath;
    private JsonNode awardsBefore;
    private JsonNode fundBefore;

    AwardChainEndToEndIT() {
        super(stack -> stack
                // the scan that closes ended notice windows runs every 2 s instead of 15 min
                .serviceSystemProperty("nomination-service", "tdkt.nomination.notice.scan-interval", "PT2S")
                .serviceEnvironment("nomination-service", "TDKT_PUBLIC_BASE_URL", PUBLIC_BASE_URL)
                // the chain proposes for the current year; the default annual deadline (R-DL-01, 10/12) would refuse
                // the provincial and state forms submitted from 11/12, so this province's own parameter (rules/
                // provinces/README.md) moves it to 31/12 and the chain runs on any day of the year
                .serviceSystemProperty("nomination-service", "tdkt.rules.parameters[R-DL-01].annualDeadline", "12-31")
                // e-mails wait for the end of quiet hours (22:00–06:30) by design; this test may run at night
                .serviceSystemProperty("notification-service", "tdkt.notification.quiet-hours.channels", ""));
    }

    @BeforeAll
    void clients() {
        String nomination = stack.serviceUrl("nomination-service");
        nominationAsSnv = new Api(nomination, stack.token("snv"));
        nominationAsSgddt = new Api(nomination, stack.token("sgddt"));
        nominationAsSyt = new Api(nomination, stack.token("syt"));
        publicNomination = new Api(nomination, null);
        inboxAsSgddt = new Api(stack.serviceUrl("notification-service"), stack.token("sgddt"));
        dashboardAsLeader = new Api(stack.serviceUrl("reporting-service"), stack.token("leader"));
        memberTokens = new MemberTokens(stack);
        today = LocalDate.now(ZONE);
        year = today.getYear();
        System.out.printf("Award chain stack started in %d s%n", stack.totalStartupTime().toSeconds());
    }

    @BeforeEach
    void onlyOnAnIntactChain() {
        Assumptions.assumeFalse(chainBroken, "an earlier step of the chain failed");
    }

    // ------------------------------------------------------------------------------------------------------ steps

    @Test
    @Order(1)
    void the_units_proposals_are_appraised_eligible_on_the_registers_facts() {
        // the province's deadline parameter set at start-up is the one in force
        Api.Response rules = nominationAsSnv.get("/api/v1/rule-sets/nd152-2025");
        assertThat(rules.status()).as(rules.raw()).isEqualTo(200);
        JsonNode deadline = null;
        for (JsonNode rule : rules.body().path("rules")) {
            if (rule.path("id").asString().equals("R-DL-01")) {
                deadline = rule.path("parameters").path("annualDeadline");
            }
        }
        assertThat(deadline).as(rules.raw()).isNotNull();
        assertThat(deadline.asString()).isEqualTo("12-31");

        // Sở Nội vụ seeds the award register with historical decisions (CSV; the template's columns by their English
        // names) and imports the ratings register
        Api.Response history = nominationAsSnv.postContent("/api/v1/award-register/imports", "text/csv", csv(
                "subject type,name,national id,birth date,unit code,address,award,year,type,decision number,"
                        + "decision date,authority,signer,provenance",
                historyRow("Nguyễn Thị Hoa", HOA_ID, "CSTDCS", year - 1, "98/QĐ-SGDĐT", "THU_TRUONG_SO_NGANH"),
                historyRow("Lò Văn Minh", MINH_ID, "BK_TTG", year - 6, "1520/QĐ-TTg", "THU_TUONG"),
                historyRow("Lò Văn Minh", MINH_ID, "CSTDCS", year - 4, "91/QĐ-SGDĐT", "THU_TRUONG_SO_NGANH"),
                historyRow("Lò Văn Minh", MINH_ID, "CSTDCS", year - 3, "92/QĐ-SGDĐT", "THU_TRUONG_SO_NGANH"),
                historyRow("Lò Văn Minh", MINH_ID, "CSTDCS", year - 2, "93/QĐ-SGDĐT", "THU_TRUONG_SO_NGANH")));
        assertThat(history.status()).as(history.raw()).isEqualTo(200);
        assertThat(history.body().path("imported").asInt()).isEqualTo(5);
        List<String> ratings = new ArrayList<>(List.of("Số định danh cá nhân,Họ và tên,Ngày sinh,Mã đơn vị,Năm,Xếp loại"));
        for (int y = year - 4; y <= year; y++) {
            ratings.add(HOA_ID + ",Nguyễn Thị Hoa,02/03/1985,SGDDT," + y + ",HTXSNV");
            ratings.add(BAY_ID + ",Trần Văn Bảy,02/03/1985,SYT," + y + ",HTXSNV");
            ratings.add(MINH_ID + ",Lò Văn Minh,02/03/1985,SGDDT," + y + ",HTXSNV");
        }
        Api.Response rated = nominationAsSnv.postContent("/api/v1/ratings/imports", "text/csv",
                csv(ratings.toArray(String[]::new)));
        assertThat(rated.status()).as(rated.raw()).isEqualTo(200);

        // Hoa (Sở GD&ĐT) and Bảy (Sở Y tế) for CSTĐCS, Hoa also for the provincial Bằng khen (CSTĐCS of last year
        // in the register, this year's declared until decided), Minh for the Labour Order, Third Class
        Nominations sgddt = new Nominations(nominationAsSgddt, nominationAsSnv);
        Nominations syt = new Nominations(nominationAsSyt, nominationAsSnv);
        hoa = sgddt.proposed(person("Nguyễn Thị Hoa", HOA_ID, "CSTDCS", List.of()), DOCUMENTS);
        bay = syt.proposed(person("Trần Văn Bảy", BAY_ID, "CSTDCS", List.of()), DOCUMENTS);
        hoaBk = sgddt.proposed(person("Nguyễn Thị Hoa", HOA_ID, "BK_TINH",
                List.of(Map.of("awardCode", "CSTDCS", "year", year, "type", "PERIODIC"))), DOCUMENTS);
        minh = sgddt.proposed(person("Lò Văn Minh", MINH_ID, "HCLD3", List.of()), DOCUMENTS);

        for (String dossier : List.of(hoa, bay, hoaBk, minh)) {
            Api.Response eligibility = nominationAsSnv.get("/api/v1/dossiers/" + dossier + "/eligibility");
            assertThat(eligibility.status()).as(eligibility.raw()).isEqualTo(200);
            assertThat(eligibility.body().path("eligible").asBoolean()).as(eligibility.raw()).isTrue();
            sgddt.appraisedByRules(dossier);
            assertThat(nominationAsSnv.get("/api/v1/dossiers/" + dossier).body().path("status").asString())
                    .isEqualTo("APPRAISED_ELIGIBLE");
        }
    }

    @Test
    @Order(2)
    void a_council_session_invites_its_members_recuses_the_nominees_colleague_and_meets_only_with_its_quorum() {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            String role = i == 1 ? "CHU_TICH" : i == 2 ? "PHO_CHU_TICH" : i == 3 ? "THUONG_TRUC" : "UY_VIEN";
            members.add(Map.of("memberId", memberId(i), "name", i == 4 ? "Lê Văn Giáo" : "Thành viên " + i,
                    "role", role, "unitCode", i == 4 ? "SGDDT" : "HDTDKT", "email", email(i),
                    "birthDate", "1970-05-01", "termFrom", year + "-01-01", "relationships", List.of()));
        }
        Api.Response council = nominationAsSnv.post("/api/v1/councils", Map.of(
                "name", "Hội đồng Thi đua – Khen thưởng tỉnh", "level", "PROVINCE",
                "establishedOn", year + "-01-01", "members", members));
        assertThat(council.status()).as(council.raw()).isEqualTo(201);

        Api.Response scheduled = nominationAsSnv.post("/api/v1/council-sessions", Map.of(
                "councilId", council.body().path("id").asString(), "startsAt", today + "T23:30:00+07:00",
                "location", "Phòng họp số 1, UBND tỉnh", "dossierIds", List.of(hoa, bay)));
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(201);
        sessionId = scheduled.body().path("id").asString();

        // the member from the nominee's unit is recused from her dossier, detected at scheduling
        List<String> recusedFromHoa = new ArrayList<>();
        for (JsonNode recusal : scheduled.body().path("recusals")) {
            if (recusal.path("dossierId").asString().equals(hoa)) {
                recusedFromHoa.add(recusal.path("memberId").asString() + ":" + recusal.path("reason").asString());
            }
        }
        assertThat(recusedFromHoa).containsExactly(SGDDT_MEMBER + ":SAME_UNIT");

        // council-session-scheduled → notification-service → an invitation in each member's mailbox
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<Map<String, Object>> invitations = mails("Giấy mời họp");
            assertThat(invitations.stream().map(m -> String.valueOf(m.get("to"))).distinct())
                    .as("one invitation per member").hasSize(MEMBERS);
            assertThat(invitations).anySatisfy(mail -> assertThat(String.valueOf(mail.get("to")))
                    .contains(email(4)));
            assertThat(invitations).allSatisfy(mail -> assertThat(String.valueOf(mail.get("text")))
                    .contains("Phòng họp số 1, UBND tỉnh"));
        });

        // 79 of 100 present: below the 80 % quorum of the provincial council's award meetings (R-MEET-01)
        String session = "/api/v1/council-sessions/" + sessionId;
        Api.Response attendance = nominationAsSnv.put(session + "/attendance",
                Map.of("present", memberIds(1, 79)), ifMatch(nominationAsSnv, session));
        assertThat(attendance.status()).as(attendance.raw()).isEqualTo(200);
        Api.Response noQuorum = nominationAsSnv.post(session + "/ballot/open", null, ifMatch(nominationAsSnv, session));
        assertThat(noQuorum.status()).as(noQuorum.raw()).isEqualTo(409);
        assertProblem(noQuorum, "council.quorum-not-met");
        assertThat(noQuorum.body().path("detail").asString()).contains("79", "100", "80");

        // 95 present: it meets
        attendance = nominationAsSnv.put(session + "/attendance", Map.of("present", memberIds(1, 95)),
                ifMatch(nominationAsSnv, session));
        assertThat(attendance.status()).as(attendance.raw()).isEqualTo(200);
        Api.Response opened = nominationAsSnv.post(session + "/ballot/open", null, ifMatch(nominationAsSnv, session));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(200);
        assertThat(opened.body().path("status").asString()).isEqualTo("BALLOT_OPEN");
    }

    @Test
    @Order(3)
    void seventy_nine_percent_of_all_members_fails_and_eighty_percent_passes_a_cstdcs() {
        String ballots = "/api/v1/council-sessions/" + sessionId + "/ballots";
        for (int i = 1; i <= 95; i++) {
            Api member = new Api(stack.serviceUrl("nomination-service"), memberTokens.member(memberId(i)));
            // Bảy: 79 approvals of 100 members; Hoa: members 1–81 approve, member 4 is recused → 80
            Api.Response onBay = member.post(ballots, Map.of("dossierId", bay, "choice", i <= 79 ? "APPROVE" : "REJECT"));
            assertThat(onBay.status()).as("member %d on Bảy: %s", i, onBay.raw()).isEqualTo(200);
            Api.Response onHoa = member.post(ballots, Map.of("dossierId", hoa, "choice", i <= 81 ? "APPROVE" : "REJECT"));
            if (i == 4) {
                assertThat(onHoa.status()).as(onHoa.raw()).isEqualTo(409);
                assertProblem(onHoa, "council.ballot.recused");
            } else {
                assertThat(onHoa.status()).as("member %d on Hoa: %s", i, onHoa.raw()).isEqualTo(200);
            }
        }
        String session = "/api/v1/council-sessions/" + sessionId;
        Api.Response closed = nominationAsSnv.post(session + "/ballot/close", null, ifMatch(nominationAsSnv, session));
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        Map<String, JsonNode> tallies = new LinkedHashMap<>();
        closed.body().path("tallies").forEach(t -> tallies.put(t.path("dossierId").asString(), t));
        assertThat(tallies.get(hoa).path("approvals").asInt()).isEqualTo(80);
        assertThat(tallies.get(hoa).path("passed").asBoolean()).as("80 % of all members").isTrue();
        assertThat(tallies.get(bay).path("approvals").asInt()).isEqualTo(79);
        assertThat(tallies.get(bay).path("passed").asBoolean()).as("79 % of all members").isFalse();

        // the voter roll says who voted, never how; council-voted carries the tally on the broker
        Api.Response turnout = nominationAsSnv.get(session + "/turnout");
        assertThat(turnout.status()).as(turnout.raw()).isEqualTo(200);
        assertThat(turnout.raw()).doesNotContain("APPROVE", "REJECT");
        for (JsonNode item : turnout.body().path("items")) {
            boolean onHoa = item.path("dossierId").asString().equals(hoa);
            assertThat(item.path("votedInPerson")).hasSize(onHoa ? 94 : 95);
            List<String> recused = new ArrayList<>();
            item.path("recused").forEach(name -> recused.add(name.asString()));
            assertThat(recused).isEqualTo(onHoa ? List.of("Lê Văn Giáo") : List.of());
        }
        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(events("council-voted", sessionId)).singleElement().satisfies(voted ->
                        assertThat(voted.toString()).contains(hoa, bay)));
    }

    @Test
    @Order(4)
    void a_public_notice_gets_a_blocking_comment_which_is_then_resolved() {
        Api.Response opened = nominationAsSnv.post("/api/v1/public-notices", Map.of("dossierId", minh));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        String noticeId = opened.body().path("id").asString();

        // the public page (no token) and its comment form, as a citizen's browser sends it
        Api.Response page = publicNomination.get("/cong-khai/" + noticeId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("Lò Văn Minh", "Huân chương Lao động hạng Ba");
        Api.Response commented = publicNomination.postForm("/cong-khai/" + noticeId + "/y-kien", Map.of(
                "noi-dung", "Đề nghị xác minh thành tích năm " + (year - 2) + " của ông Minh.", "ho-ten", "Trần Dân"));
        assertThat(commented.status()).as(commented.raw()).isEqualTo(303);

        // while the window is open, the tờ trình to central cannot go
        Api.Response whileOpen = forward(minh);
        assertThat(whileOpen.status()).as(whileOpen.raw()).isEqualTo(409);
        assertThat(rules(whileOpen)).containsExactly("notice.gate.open");

        // the window (10 working days) ends: its stored dates are moved back three weeks, as if it had been opened
        // then; the service's own scan (every 2 s here) closes it and publishes notice-closed
        try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            MongoCollection<Document> notices = mongo.getDatabase(NOMINATION_DB).getCollection("public_notices");
            Document window = notices.find(Filters.eq("_id", noticeId)).first().get("aggregate", Document.class)
                    .get("window", Document.class);
            notices.updateOne(Filters.eq("_id", noticeId), Updates.combine(
                    Updates.set("aggregate.window.opensOn", weeksBack(window.get("opensOn"))),
                    Updates.set("aggregate.window.closesOn", weeksBack(window.get("closesOn")))));
        }
        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(nominationAsSnv.get("/api/v1/public-notices/" + noticeId).body().path("status")
                        .asString()).isEqualTo("CLOSED"));

        // closed, but the citizen's comment is unresolved: still blocked
        Api.Response blocked = forward(minh);
        assertThat(blocked.status()).as(blocked.raw()).isEqualTo(409);
        assertThat(rules(blocked)).containsExactly("notice.gate.unresolved-comments");

        Api.Response comments = nominationAsSnv.get("/api/v1/public-notices/" + noticeId + "/comments");
        assertThat(comments.body().path("items")).hasSize(1);
        String comment = comments.body().path("items").path(0).path("id").asString();
        Api.Response resolved = nominationAsSnv.post("/api/v1/public-notices/" + noticeId + "/comments/" + comment
                + "/resolve", Map.of("note", "Đã xác minh: thành tích năm " + (year - 2) + " đúng như báo cáo."));
        assertThat(resolved.status()).as(resolved.raw()).isEqualTo(200);

        Api.Response forwarded = forward(minh);
        assertThat(forwarded.status()).as(forwarded.raw()).isEqualTo(201);
        assertThat(forwarded.body().path("status").asString()).isEqualTo("FORWARDED");
        // the notice opened and closed on the broker, once each, the close counting the comment
        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(events("notice-opened", noticeId)).hasSize(1);
            assertThat(events("notice-closed", noticeId)).singleElement().satisfies(closed ->
                    assertThat(closed.toString()).contains("\"comments\":1"));
        });
    }

    @Test
    @Order(5)
    void a_wrong_authority_is_refused_and_the_right_one_decides_reaching_inbox_mailbox_and_dashboard() {
        awardsBefore = summary().path("awards");
        fundBefore = summary().path("fund");

        // no district level since 01/7/2025 (R-AUTH-01): refused with the rule's explanation, in both languages
        Map<String, Object> byDistrict = decision("305/QĐ-UBND", "CHU_TICH_UBND_HUYEN", hoa);
        Api.Response refused = nominationAsSnv.post("/api/v1/decisions", byDistrict);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertProblem(refused, "decision.authority-refused");
        assertThat(refused.body().path("detail").asString()).contains("R-AUTH-01", "không còn cấp huyện");
        Api.Response inEnglish = nominationAsSnv.post("/api/v1/decisions", byDistrict, Map.of("Accept-Language", "en"));
        assertThat(inEnglish.status()).isEqualTo(409);
        assertThat(inEnglish.body().path("detail").asString()).contains("R-AUTH-01")
                .isNotEqualTo(refused.body().path("detail").asString());
        // Bảy's vote failed: a decision naming him is refused as a whole
        Api.Response failedVote = nominationAsSnv.post("/api/v1/decisions",
                decision("120/QĐ-SGDĐT", "THU_TRUONG_SO_NGANH", hoa, bay));
        assertThat(failedVote.status()).as(failedVote.raw()).isEqualTo(409);
        assertThat(rules(failedVote)).containsExactly("council.gate.vote-failed");

        // the department's head decides Hoa's CSTĐCS, the province's chairman her Bằng khen
        Api.Response decided = nominationAsSnv.post("/api/v1/decisions",
                decision("120/QĐ-SGDĐT", "THU_TRUONG_SO_NGANH", hoa));
        assertThat(decided.status()).as(decided.raw()).isEqualTo(201);
        cstdcsAward = decided.body().path("awardees").path(0).path("awardId").asString();
        assertThat(decided.body().path("awardees").path(0).path("money").path("amount").asLong())
                .isEqualTo(CSTDCS_MONEY);
        Api.Response bkDecided = nominationAsSnv.post("/api/v1/decisions",
                decision("2150/QĐ-UBND", "CHU_TICH_UBND_TINH", hoaBk));
        assertThat(bkDecided.status()).as(bkDecided.raw()).isEqualTo(201);
        bkAward = bkDecided.body().path("awardees").path(0).path("awardId").asString();
        List<String> reliedOn = new ArrayList<>();
        bkDecided.body().path("awardees").path(0).path("reliedOn").forEach(id -> reliedOn.add(id.asString()));
        assertThat(reliedOn).as("last year's CSTĐCS and this year's").hasSize(2).contains(cstdcsAward);

        // award-decided → notification-service (the unit's inbox and its desk's e-mail) and reporting-service
        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertHoaToldOf("AWARD_DECIDED", "Quyết định khen thưởng số 120/QĐ-SGDĐT",
                    "120/QĐ-SGDĐT", "2150/QĐ-UBND");

            JsonNode summary = summary();
            JsonNode awards = summary.path("awards");
            assertThat(awards.path("total").asLong()).isEqualTo(awardsBefore.path("total").asLong() + 2);
            assertThat(awards.path("amount").asLong())
                    .isEqualTo(awardsBefore.path("amount").asLong() + CSTDCS_MONEY + BK_TINH_MONEY);
            assertThat(form(awards, "CSTDCS").path("individual").asLong()).isEqualTo(1);
            assertThat(form(awards, "CSTDCS").path("amount").asLong()).isEqualTo(CSTDCS_MONEY);
            assertThat(form(awards, "CSTDCS").path("level").asString()).isEqualTo("UNIT");
            assertThat(form(awards, "BK_TINH").path("amount").asLong()).isEqualTo(BK_TINH_MONEY);
            assertThat(form(awards, "BK_TINH").path("level").asString()).isEqualTo("PROVINCE");
            assertThat(awards.path("byLevel").path("UNIT").asLong())
                    .isEqualTo(awardsBefore.path("byLevel").path("UNIT").asLong() + 1);
            assertThat(awards.path("byLevel").path("PROVINCE").asLong())
                    .isEqualTo(awardsBefore.path("byLevel").path("PROVINCE").asLong() + 1);
            // against the year's fund less its 20 % reserve (R-FUND-01)
            JsonNode fund = summary.path("fund");
            assertThat(fund.path("available").asLong()).isEqualTo(fund.path("fundAmount").asLong() * 80 / 100);
            assertThat(fund.path("decided").asLong())
                    .isEqualTo(fundBefore.path("decided").asLong() + CSTDCS_MONEY + BK_TINH_MONEY);
            assertThat(fund.path("remaining").asLong()).isEqualTo(fund.path("available").asLong()
                    - fund.path("decided").asLong() + fund.path("toRecover").asLong());
        });
    }

    @Test
    @Order(6)
    void the_register_shows_the_awards_with_their_money() {
        Api.Response register = nominationAsSgddt.get("/api/v1/award-register?name="
                + URLEncoder.encode("nguyen thi hoa", StandardCharsets.UTF_8) + "&year=" + year);
        assertThat(register.status()).as(register.raw()).isEqualTo(200);
        Map<String, JsonNode> byForm = new LinkedHashMap<>();
        register.body().path("items").forEach(item -> byForm.put(item.path("awardCode").asString(), item));
        assertThat(byForm).containsOnlyKeys("CSTDCS", "BK_TINH");
        JsonNode cstdcs = byForm.get("CSTDCS");
        assertThat(cstdcs.path("id").asString()).isEqualTo(cstdcsAward);
        assertThat(cstdcs.path("money").path("amount").asLong()).isEqualTo(CSTDCS_MONEY);
        assertThat(cstdcs.path("money").path("source").asString()).contains("mức lương cơ sở 2.530.000 đ");
        assertThat(byForm.get("BK_TINH").path("money").path("amount").asLong()).isEqualTo(BK_TINH_MONEY);
    }

    @Test
    @Order(7)
    void the_certificate_shows_its_vietnamese_text_with_every_glyph_and_its_qr_code_opens_the_verify_page()
            throws Exception {
        Api.Download pdf = nominationAsSgddt.download("/api/v1/award-register/" + cstdcsAward + "/certificate.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        RenderedCertificate certificate = RenderedCertificate.read(pdf.bytes(), "award-chain-cstdcs");
        assertThat(certificate.text()).contains("CHIẾN SĨ THI ĐUA CƠ SỞ", "Nguyễn Thị Hoa",
                "Đơn vị: Sở Giáo dục và Đào tạo", "Quyết định số 120/QĐ-SGDĐT ngày " + DAY.format(today));
        assertThat(certificate.glyphsMissing()).as("characters shown without a glyph").isEmpty();
        assertThat(certificate.fontsNotEmbedded()).isEmpty();

        // the QR code holds the public verify URL; its path answers at the service, without a token
        String verifyUrl = certificate.qrCode();
        assertThat(verifyUrl).startsWith(PUBLIC_BASE_URL + "/verify/");
        Api.Response verified = publicNomination.get(verifyUrl.substring(PUBLIC_BASE_URL.length()));
        assertThat(verified.status()).as(verified.raw()).isEqualTo(200);
        assertThat(verified.raw()).contains("Giấy chứng nhận hợp lệ", "Chiến sĩ thi đua cơ sở", "Nguyễn Thị Hoa");
        // a code not signed by the service is not an award
        String forged = verifyUrl.substring(PUBLIC_BASE_URL.length(), verifyUrl.length() - 2)
                + (verifyUrl.endsWith("AA") ? "BB" : "AA");
        Api.Response notGenuine = publicNomination.get(forged);
        assertThat(notGenuine.status()).isEqualTo(404);
        assertThat(notGenuine.raw()).doesNotContain("Giấy chứng nhận hợp lệ", "Nguyễn Thị Hoa");

        Api.Download bkPdf = nominationAsSnv.download("/api/v1/award-register/" + bkAward + "/certificate.pdf");
        String bkVerify = RenderedCertificate.read(bkPdf.bytes(), "award-chain-bk-tinh").qrCode();
        bkVerifyPath = bkVerify.substring(PUBLIC_BASE_URL.length());
    }

    @Test
    @Order(8)
    void a_revocation_cascades_to_the_later_award_that_relied_on_it() {
        Map<String, Object> revocation = new LinkedHashMap<>(Map.of("awardId", cstdcsAward, "trigger", "A",
                "reason", "Kê khai thành tích không đúng sự thật (Kết luận thanh tra số 12/KL-TTr)",
                "decision", Map.of("number", "15/QĐ-SGDĐT", "date", today.toString(), "signer", "Phạm Văn Đức",
                        "signerTitle", "Giám đốc", "authority", "THU_TRUONG_SO_NGANH")));
        Api.Response preview = nominationAsSnv.post("/api/v1/revocations/preview", revocation);
        assertThat(preview.status()).as(preview.raw()).isEqualTo(200);
        List<String> cascade = new ArrayList<>();
        preview.body().path("cascade").forEach(c -> cascade.add(c.path("award").path("awardId").asString()));
        assertThat(cascade).containsExactly(bkAward);

        // without confirming the cascade it is refused; confirmed, both go
        Api.Response unconfirmed = nominationAsSnv.post("/api/v1/revocations", revocation);
        assertThat(unconfirmed.status()).as(unconfirmed.raw()).isEqualTo(409);
        assertProblem(unconfirmed, "revocation.cascade-changed");
        revocation.put("confirmedCascade", List.of(bkAward));
        revocation.put("cascadeDecisions", List.of(Map.of("number", "2301/QĐ-UBND", "date", today.toString(),
                "signer", "Lê Văn Thành", "authority", "CHU_TICH_UBND_TINH")));
        Api.Response revoked = nominationAsSnv.post("/api/v1/revocations", revocation);
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(201);
        assertThat(revoked.body().path("totalToRecover").asLong()).isEqualTo(CSTDCS_MONEY + BK_TINH_MONEY);

        // on the broker: award-revoked for each, the Bằng khen's naming the CSTĐCS that caused it
        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, JsonNode> revokedEvents = new LinkedHashMap<>();
            for (TopicReader.Event event : TopicReader.readAll(stack.bootstrapServers(), "tdkt.nomination.events")) {
                if ("tdkt.nomination.award-revoked.v1".equals(event.header("ce_type"))) {
                    JsonNode payload = Api.JSON.readTree(event.payload());
                    revokedEvents.put(payload.path("awardId").asString(), payload);
                }
            }
            assertThat(revokedEvents).containsOnlyKeys(cstdcsAward, bkAward);
            assertThat(revokedEvents.get(bkAward).path("causedBy").asString()).isEqualTo(cstdcsAward);
            assertThat(revokedEvents.get(bkAward).path("amountToRecover").asLong()).isEqualTo(BK_TINH_MONEY);
        });
        // the Bằng khen's certificate now says it was revoked, and by which decision
        assertThat(publicNomination.get(bkVerifyPath).raw()).contains("đã bị hủy bỏ theo Quyết định số 2301/QĐ-UBND");

        // award-revoked → the unit's inbox and mailbox; the dashboard counts both apart, with the money to recover
        await().atMost(SPINE_DEADLINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertHoaToldOf("AWARD_REVOKED", "Quyết định hủy bỏ khen thưởng số 15/QĐ-SGDĐT",
                    "15/QĐ-SGDĐT", "2301/QĐ-UBND");
            JsonNode summary = summary();
            assertThat(summary.path("awards").path("total").asLong()).isEqualTo(awardsBefore.path("total").asLong());
            assertThat(summary.path("awards").path("revoked").asLong())
                    .isEqualTo(awardsBefore.path("revoked").asLong() + 2);
            assertThat(summary.path("fund").path("toRecover").asLong())
                    .isEqualTo(fundBefore.path("toRecover").asLong() + CSTDCS_MONEY + BK_TINH_MONEY);
        });
    }

    /**
     * {@link HostileCallsIT}'s walk on records that exist, here on the records only this chain makes: the council, its
     * session, the public notice, the decisions, the awards and the revocation. Each answer is judged, and no hostile
     * change may be accepted; the store is not compared before and after, because this stack's own jobs keep running
     * (the notice scan every 2 s, decision completion every minute). {@code HostileCallsIT} makes that comparison.
     */
    @Test
    @Order(9)
    void on_the_chains_records_bad_input_gets_a_problem_never_a_server_error_and_is_never_accepted()
            throws Exception {
        HostileWalk walk = new HostileWalk(stack);
        RecordIds records = walk.records();
        List<HostileRequests.Caller> callers = walk.callers("snv", "sgddt", "pchiengle");
        HostileWalk.Findings findings = walk.walk("on the award chain's records", (hostile, operation) -> records
                .of(operation).map(id -> hostile.onRecord(operation, id, callers)).orElse(List.of()));

        assertThat(findings.faults()).as("answers that break the promise").isEmpty();
        assertThat(findings.accepted()).as("state-changing calls a hostile request got through").isEmpty();
        assertThat(findings.operations()).as("operations walked on an existing record").isGreaterThan(20);
    }

    @Test
    @Order(10)
    void the_hash_chain_verifies_and_an_entry_edited_in_the_database_is_caught() {
        Api.Response verification = nominationAsSnv.get("/api/v1/audit-chain/verification");
        assertThat(verification.status()).as(verification.raw()).isEqualTo(200);
        assertThat(verification.body().path("intact").asBoolean()).as(verification.raw()).isTrue();
        List<String> kinds = new ArrayList<>();
        nominationAsSnv.get("/api/v1/audit-chain?size=500").body().path("entries")
                .forEach(entry -> kinds.add(entry.path("kind").asString()));
        assertThat(kinds).contains("COUNCIL_TALLY", "DECISION", "REVOCATION");
        assertThat(kinds).as("one entry per ballot paper: 95 on Bảy, 94 on Hoa").filteredOn("BALLOT"::equals)
                .hasSize(95 + 94);

        // someone with database access raises the CSTĐCS's money in the stored decision entry
        long tampered;
        try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            MongoCollection<Document> chain = mongo.getDatabase(NOMINATION_DB).getCollection("audit_chain");
            Document entry = chain.find(Filters.and(Filters.eq("kind", "DECISION"),
                    Filters.regex("payload", String.valueOf(CSTDCS_MONEY)))).first();
            assertThat(entry).as("the decision's entry").isNotNull();
            tampered = ((Number) entry.get("_id")).longValue();
            chain.updateOne(Filters.eq("_id", entry.get("_id")), Updates.set("payload",
                    entry.getString("payload").replace(String.valueOf(CSTDCS_MONEY), String.valueOf(CSTDCS_MONEY * 10))));
        }
        Api.Response caught = nominationAsSnv.get("/api/v1/audit-chain/verification");
        assertThat(caught.body().path("intact").asBoolean()).as(caught.raw()).isFalse();
        assertThat(caught.body().path("firstBroken").asLong()).isEqualTo(tampered);
        assertThat(caught.body().path("reason").asString()).isEqualTo("CONTENT_CHANGED");
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    /** What the CSTĐCS and the forms above it ask for: tờ trình, báo cáo, biên bản, HTXSNV, the province's conclusion. */
    private static final List<String> DOCUMENTS = List.of("TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN_BINH_XET",
            "XAC_NHAN_HTXSNV", "KET_LUAN_UBND_TINH");

    private Map<String, Object> person(String name, String nationalId, String award, List<Map<String, Object>> declared) {
        return Map.of(
                "subject", Map.of("type", "INDIVIDUAL", "name", name, "nationalId", nationalId,
                        "dateOfBirth", "1985-03-02", "gender", "FEMALE", "position", "Giáo viên"),
                "proposal", Map.of("awardCode", award, "year", year),
                "achievement", Map.of("summary", "Hoàn thành xuất sắc nhiệm vụ năm học " + (year - 1) + "–" + year,
                        "achievementId", "TT-" + nationalId + "-" + award + "-" + year),
                "declaredAwards", declared);
    }

    private static String historyRow(String name, String nationalId, String award, int year, String number,
            String authority) {
        return String.join(",", "Cá nhân", name, nationalId, "02/03/1985", "SGDDT", "", award, String.valueOf(year),
                "Công trạng", number, "15/12/" + year, authority, "Trần Văn Bình", "Sổ khen thưởng đã số hóa");
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> decision(String number, String authority, String... dossierIds) {
        return Map.of("number", number, "date", today.toString(), "signer", "Lê Văn Thành",
                "signerTitle", "Chủ tịch", "authority", authority, "dossierIds", List.of(dossierIds));
    }

    private Api.Response forward(String dossier) {
        return nominationAsSnv.post("/api/v1/decisions/forwardings", Map.of("number", "88/TTr-UBND",
                "date", today.toString(), "signer", "Lê Văn Thành", "signerTitle", "Chủ tịch",
                "dossierIds", List.of(dossier)));
    }

    private static List<String> rules(Api.Response refused) {
        List<String> rules = new ArrayList<>();
        refused.body().path("reasons").forEach(reason -> rules.add(reason.path("rule").asString()));
        return rules;
    }

    /** An RFC 9457 problem with the stable code and a Vietnamese explanation. */
    private static void assertProblem(Api.Response response, String code) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body().path("code").asString()).as(response.raw()).isEqualTo(code);
        assertThat(response.body().path("detail").asString()).isNotBlank();
    }

    private static Map<String, String> ifMatch(Api api, String path) {
        return Map.of("If-Match", api.get(path).headers().firstValue("ETag").orElseThrow());
    }

    private static String memberId(int i) {
        return "hd-%03d".formatted(i);
    }

    private static String email(int i) {
        return memberId(i) + "@hdtdkt.example.gov.vn";
    }

    private static List<String> memberIds(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(AwardChainEndToEndIT::memberId).toList();
    }

    /** A stored LocalDate (a date, or an ISO string) three weeks earlier. */
    private static Object weeksBack(Object stored) {
        if (stored instanceof Date date) {
            return Date.from(date.toInstant().minus(Duration.ofDays(21)));
        }
        return LocalDate.parse(String.valueOf(stored)).minusWeeks(3).toString();
    }

    /** The payloads of nomination-service's events of this type about this subject (the CloudEvents subject). */
    private List<JsonNode> events(String type, String subject) {
        List<JsonNode> payloads = new ArrayList<>();
        for (TopicReader.Event event : TopicReader.readAll(stack.bootstrapServers(), "tdkt.nomination.events")) {
            if (("tdkt.nomination." + type + ".v1").equals(event.header("ce_type"))
                    && subject.equals(event.header("ce_subject"))) {
                payloads.add(Api.JSON.readTree(event.payload()));
            }
        }
        return payloads;
    }

    /**
     * The unit was told about Hoa's awards: SGDDT's inbox holds a {@code type} item naming her under each of
     * {@code decisions}, and its desk's mailbox got the e-mail whose subject contains {@code mailSubject}.
     */
    private void assertHoaToldOf(String type, String mailSubject, String... decisions) {
        List<JsonNode> items = inboxItems().stream().filter(item -> item.toString().contains(type)).toList();
        for (String decision : decisions) {
            assertThat(items).as("%s under %s", type, decision)
                    .anySatisfy(item -> assertThat(item.toString()).contains("Nguyễn Thị Hoa", decision));
        }
        assertThat(mails(mailSubject))
                .anySatisfy(mail -> assertThat(String.valueOf(mail.get("to"))).contains("tdkt@sgddt.example.gov.vn"));
    }

    private List<Map<String, Object>> mails(String subject) {
        return stack.mail().messages().stream()
                .filter(mail -> String.valueOf(mail.get("subject")).contains(subject)).toList();
    }

    private List<JsonNode> inboxItems() {
        Api.Response response = inboxAsSgddt.get("/api/v1/inbox?unit=SGDDT&size=100");
        assertThat(response.status()).as("inbox: %s", response.raw()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.body().path("items").forEach(items::add);
        return items;
    }

    private JsonNode summary() {
        Api.Response response = dashboardAsLeader.get("/api/v1/dashboard/summary?year=" + year);
        assertThat(response.status()).as("summary: %s", response.raw()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode form(JsonNode awards, String awardCode) {
        for (JsonNode form : awards.path("byForm")) {
            if (form.path("awardCode").asString().equals(awardCode)) {
                return form;
            }
        }
        throw new AssertionError(awardCode + " not counted: " + awards);
    }
}
