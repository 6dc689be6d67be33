package vn.tdkt.nomination;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.nomination.notice.application.NoticeService;
import vn.tdkt.nomination.planview.application.PlanViews;
import vn.tdkt.nomination.support.AwardTestSupport;
import vn.tdkt.nomination.support.MongoCollections;
import vn.tdkt.platformtest.pdf.RenderedCertificate;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.nomination.support.UnitEvents;

/**
 * Issue #11, "Done when", as one test of nomination-service through its API (plan-service is simulated by the unit
 * events it would publish; the other services only consume what this one publishes, which is checked against the
 * contracts): appraised dossiers go to a council session that first fails its quorum and then meets; a member from
 * the nominee's unit is recused; 79 % of the total membership fails and 80 % passes for CSTĐCS; a public notice gets
 * a blocking comment, which is then resolved; a decision by a wrong authority is refused and one by the right
 * authority succeeds; the register shows the award with its money; the certificate, rendered to PNG, shows its
 * Vietnamese text with every glyph and its QR code opens a verify page that answers; a revocation cascades to a later
 * award that depended on it; the hash chain verifies, and a tampered entry is caught.
 */
class AwardChainTest extends AwardTestSupport {

    static final String SYT = "SYT";
    static final String BAY_ID = "001084000456";
    static final String MINH_ID = "001075000789";

    @Autowired
    PlanViews plan;

    @Autowired
    NoticeService notices;

    @BeforeEach
    void emptyCouncilsAndNotices() {
        MongoCollections.empty(mongo, "councils", "council_sessions", "council_voter_roll", "council_ballots",
                "council_files.files", "council_files.chunks", "public_notices", "notice_comments",
                "rate_limit_counters", "planview_units");
    }

    @Test
    void from_appraised_dossiers_to_a_revoked_chain_of_awards() throws Exception {
        // ------------------------------------------------------------------------------------------------- given
        clock.set(LocalDate.of(2026, 12, 1));
        plan.onUnit(1, UnitEvents.department("SGDDT", "Sở Giáo dục và Đào tạo", "so giao duc va dao tao"));
        plan.onUnit(1, UnitEvents.department(SYT, "Sở Y tế", "so y te"));
        // the register's history (imported as Sở Nội vụ seeds it) and the ratings register
        importRegister(List.of(
                personRow("Nguyễn Thị Hoa", HOA_ID, OWN, "CSTDCS", 2025, "98/QĐ-SGDĐT", "15/12/2025",
                        "THU_TRUONG_SO_NGANH"),
                personRow("Lò Văn Minh", MINH_ID, OWN, "BK_TTG", 2020, "1520/QĐ-TTg", "20/10/2020", "THU_TUONG"),
                personRow("Lò Văn Minh", MINH_ID, OWN, "CSTDCS", 2022, "91/QĐ-SGDĐT", "15/12/2022",
                        "THU_TRUONG_SO_NGANH"),
                personRow("Lò Văn Minh", MINH_ID, OWN, "CSTDCS", 2023, "92/QĐ-SGDĐT", "15/12/2023",
                        "THU_TRUONG_SO_NGANH"),
                personRow("Lò Văn Minh", MINH_ID, OWN, "CSTDCS", 2024, "93/QĐ-SGDĐT", "15/12/2024",
                        "THU_TRUONG_SO_NGANH"))).andExpect(status(200));
        StringBuilder ratings = new StringBuilder("Số định danh cá nhân,Họ và tên,Ngày sinh,Mã đơn vị,Năm,Xếp loại\n");
        for (int year = 2022; year <= 2026; year++) {
            ratings.append(HOA_ID).append(",Nguyễn Thị Hoa,02/03/1985,SGDDT,").append(year).append(",HTXSNV\n");
            ratings.append(BAY_ID).append(",Trần Văn Bảy,02/03/1985,SYT,").append(year).append(",HTXSNV\n");
            ratings.append(MINH_ID).append(",Lò Văn Minh,02/03/1985,SGDDT,").append(year).append(",HTXSNV\n");
        }
        mvc.perform(post("/api/v1/ratings/imports").with(snvOfficer()).contentType("text/csv")
                .content(ratings.toString())).andExpect(status(200));

        // the units propose: Hoa (SGDĐT) and Bảy (Sở Y tế) for CSTĐCS 2026, Hoa also for the provincial Bằng khen
        // (CSTĐCS 2025 in the register, 2026 declared until decided), Minh for the Labour Order, Third Class
        String hoa = proposed(own(), personJson("Nguyễn Thị Hoa", HOA_ID, "CSTDCS", ""));
        String bay = proposed(TestTokens.unitOfficer(SYT), personJson("Trần Văn Bảy", BAY_ID, "CSTDCS", ""));
        String hoaBk = proposed(own(), personJson("Nguyễn Thị Hoa", HOA_ID, "BK_TINH",
                "{\"awardCode\": \"CSTDCS\", \"year\": 2026, \"type\": \"PERIODIC\"}"));
        String minh = proposed(own(), personJson("Lò Văn Minh", MINH_ID, "HCLD3", ""));

        // ... and the Sở Nội vụ appraises them, the rules engine finding each eligible on the registers' facts
        for (String dossier : List.of(hoa, bay, hoaBk, minh)) {
            transition(snvOfficer(), dossier, "assign", "{}").andExpect(status(200));
            String check = body(mvc.perform(get(DOSSIERS + "/" + dossier + "/eligibility").with(snvOfficer())));
            assertThat((Boolean) JsonPath.read(check, "$.eligible")).as(check).isTrue();
            transition(snvOfficer(), dossier, "appraisal", "{}").andExpect(status(200));
            assertThat((String) JsonPath.read(read(dossier), "$.status")).isEqualTo("APPRAISED_ELIGIBLE");
        }

        // ------------------------------------------------- a council session fails its quorum, then meets; recusal
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            String role = i == 1 ? "CHU_TICH" : i == 2 ? "PHO_CHU_TICH" : i == 3 ? "THUONG_TRUC" : "UY_VIEN";
            members.add(memberJson(memberId(i), i == 4 ? "Lê Văn Giáo" : "Thành viên " + i, role,
                    i == 4 ? "SGDDT" : "HDTDKT"));
        }
        String council = json(mvc.perform(post("/api/v1/councils").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Hội đồng Thi đua – Khen thưởng tỉnh", "level": "PROVINCE", "unitCode": null,
                         "establishedOn": "2026-01-01", "members": [%s]}""".formatted(String.join(",", members)))),
                "$.id");
        var scheduled = mvc.perform(post("/api/v1/council-sessions").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"councilId": "%s", "startsAt": "2026-12-08T08:30:00+07:00",
                         "location": "Phòng họp số 1, UBND tỉnh", "dossierIds": ["%s", "%s"]}"""
                        .formatted(council, hoa, bay)));
        scheduled.andExpect(status(201));
        String session = json(scheduled, "$.id");
        String sessionView = body(mvc.perform(get("/api/v1/council-sessions/" + session).with(snvOfficer())));
        assertThat(JsonPath.<List<String>>read(sessionView, "$.recusals[?(@.dossierId == '" + hoa + "')].memberId"))
                .as("the member from the nominee's unit").containsExactly(memberId(4));
        assertThat(JsonPath.<List<String>>read(sessionView, "$.recusals[?(@.memberId == '" + memberId(4)
                + "')].reason")).containsExactly("SAME_UNIT");

        clock.set(LocalDate.of(2026, 12, 8));
        attendance(session, 79).andExpect(status(200));
        expectProblem(mvc.perform(post("/api/v1/council-sessions/" + session + "/ballot/open").with(snvOfficer())),
                409, "council.quorum-not-met");
        attendance(session, 95).andExpect(status(200));
        mvc.perform(post("/api/v1/council-sessions/" + session + "/ballot/open").with(snvOfficer()))
                .andExpect(status(200));

        // ----------------------------------------------------------- 79 % of all members fails, 80 % passes
        for (int i = 1; i <= 95; i++) {
            vote(i, session, bay, i <= 79 ? "APPROVE" : "REJECT").andExpect(status(200));
            if (i != 4) {
                vote(i, session, hoa, i <= 81 ? "APPROVE" : "REJECT").andExpect(status(200));
            }
        }
        vote(4, session, hoa, "APPROVE").andExpect(status(409));
        var closed = mvc.perform(post("/api/v1/council-sessions/" + session + "/ballot/close").with(snvOfficer()));
        closed.andExpect(status(200));
        assertThat(JsonPath.<List<Integer>>read(body(closed), "$.tallies[?(@.dossierId == '" + hoa
                + "')].approvals")).containsExactly(80);
        assertThat(JsonPath.<List<Boolean>>read(body(closed), "$.tallies[?(@.dossierId == '" + hoa
                + "')].passed")).containsExactly(true);
        assertThat(JsonPath.<List<Integer>>read(body(closed), "$.tallies[?(@.dossierId == '" + bay
                + "')].approvals")).containsExactly(79);
        assertThat(JsonPath.<List<Boolean>>read(body(closed), "$.tallies[?(@.dossierId == '" + bay
                + "')].passed")).containsExactly(false);

        // ---------------------------------------------- a public notice gets a blocking comment, then resolved
        clock.set(LocalDate.of(2026, 12, 1));
        String notice = json(mvc.perform(post("/api/v1/public-notices").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"dossierId\": \"" + minh + "\"}")), "$.id");
        assertThat(body(mvc.perform(get("/cong-khai/" + notice)))).contains("Lò Văn Minh",
                "Huân chương Lao động hạng Ba");
        mvc.perform(post("/cong-khai/" + notice + "/y-kien").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Đề nghị xác minh thành tích năm 2024 của ông Minh.\", \"name\": \"Trần Dân\"}")
                .with(from("10.20.0.1"))).andExpect(status(201));
        clock.set(LocalDate.of(2026, 12, 15));
        assertThat(notices.closeEnded()).isEqualTo(1);
        var blockedByComment = forward(minh);
        blockedByComment.andExpect(status(409));
        assertThat((List<String>) json(blockedByComment, "$.reasons[*].rule"))
                .containsExactly("notice.gate.unresolved-comments");
        String comment = json(mvc.perform(get("/api/v1/public-notices/" + notice + "/comments").with(snvOfficer())),
                "$.items[0].id");
        mvc.perform(post("/api/v1/public-notices/" + notice + "/comments/" + comment + "/resolve")
                .with(snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"Đã xác minh: thành tích năm 2024 đúng như báo cáo.\"}")).andExpect(status(200));
        var forwarded = forward(minh);
        forwarded.andExpect(status(201));
        assertThat((String) json(forwarded, "$.status")).isEqualTo("FORWARDED");

        // ---------------------------------------- a wrong authority is refused, the right one decides
        clock.set(LocalDate.of(2026, 12, 20));
        var byDistrict = expectProblem(decide("305/QĐ-UBND", "2026-12-20", "CHU_TICH_UBND_HUYEN", hoa), 409,
                "decision.authority-refused");
        assertThat((String) json(byDistrict, "$.detail")).contains("R-AUTH-01").contains("không còn cấp huyện");
        var failedVote = decide("120/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", hoa, bay);
        failedVote.andExpect(status(409));
        assertThat((List<String>) json(failedVote, "$.reasons[*].rule")).containsExactly("council.gate.vote-failed");
        assertThat(mongo.getCollection("decisions").countDocuments(new org.bson.Document(path("status"), "ISSUED")))
                .as("refused decisions write nothing").isZero();

        var decided = decide("120/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", hoa);
        decided.andExpect(status(201));
        String cstdcs = json(decided, "$.awardees[0].awardId");
        clock.set(LocalDate.of(2026, 12, 21));
        var bkDecided = decide("2150/QĐ-UBND", "2026-12-21", "CHU_TICH_UBND_TINH", hoaBk);
        bkDecided.andExpect(status(201));
        String bk = json(bkDecided, "$.awardees[0].awardId");
        assertThat((List<String>) json(bkDecided, "$.awardees[0].reliedOn")).as("CSTĐCS 2025 and 2026")
                .hasSize(2).contains(cstdcs);

        // ------------------------------------------------------------- the register shows them with their money
        var register = mvc.perform(get("/api/v1/award-register").param("name", "nguyen thi hoa").param("year", "2026")
                .with(own()));
        assertThat((List<String>) json(register, "$.items[*].awardCode")).containsExactlyInAnyOrder("CSTDCS",
                "BK_TINH");
        assertThat(JsonPath.<List<Integer>>read(body(register), "$.items[?(@.awardCode == 'CSTDCS')].money.amount"))
                .containsExactly(2_530_000);
        assertThat(JsonPath.<List<Integer>>read(body(register), "$.items[?(@.awardCode == 'BK_TINH')].money.amount"))
                .containsExactly(3_795_000);
        assertThat(JsonPath.<List<String>>read(body(register), "$.items[?(@.awardCode == 'CSTDCS')].money.source"))
                .singleElement().asString().contains("Hệ số 1 × mức lương cơ sở 2.530.000 đ").contains("161/2026");
        for (String award : List.of(cstdcs, bk)) {
            OutboxEntry event = awardOutbox(award).get(0);
            assertThat(event.type()).isEqualTo(EventTypes.AWARD_DECIDED.type());
            ContractSchemas.assertValid(EventTypes.AWARD_DECIDED, event.payload());
        }

        // ------------------------------------------- the certificate: Vietnamese text, glyphs, QR code, verify page
        byte[] pdf = mvc.perform(get("/api/v1/award-register/" + cstdcs + "/certificate.pdf").with(own()))
                .andExpect(status(200)).andReturn().getResponse().getContentAsByteArray();
        var certificate = RenderedCertificate.read(pdf);
        assertThat(certificate.text()).contains("CHIẾN SĨ THI ĐUA CƠ SỞ", "Nguyễn Thị Hoa",
                "Đơn vị: Sở Giáo dục và Đào tạo", "Công nhận danh hiệu", "Quyết định số 120/QĐ-SGDĐT ngày 20/12/2026");
        assertThat(certificate.glyphsMissing()).isEmpty();
        assertThat(certificate.fontsNotEmbedded()).isEmpty();
        String verifyUrl = certificate.qrCode();
        String verifyPath = verifyUrl.substring(verifyUrl.indexOf("/verify/"));
        String page = body(mvc.perform(get(verifyPath).with(from("10.20.0.2"))).andExpect(status(200)));
        assertThat(page).contains("Giấy chứng nhận hợp lệ", "Chiến sĩ thi đua cơ sở", "Nguyễn Thị Hoa");
        String bkVerify = RenderedCertificate.read(mvc.perform(get("/api/v1/award-register/" + bk
                + "/certificate.pdf").with(snvOfficer())).andReturn().getResponse().getContentAsByteArray()).qrCode();

        // ---------------------------------------------- a revocation cascades to the award that depended on it
        String revocation = """
                {"awardId": "%s", "trigger": "A",
                 "reason": "Kê khai thành tích không đúng sự thật (Kết luận thanh tra số 12/KL-TTr)",
                 "decision": {"number": "15/QĐ-SGDĐT", "date": "2026-12-21", "signer": "Phạm Văn Đức",
                              "signerTitle": "Giám đốc", "authority": "THU_TRUONG_SO_NGANH"}%s}""";
        var preview = mvc.perform(post("/api/v1/revocations/preview").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content(revocation.formatted(cstdcs, "")));
        assertThat((List<String>) json(preview, "$.cascade[*].award.awardId")).containsExactly(bk);
        var revoked = mvc.perform(post("/api/v1/revocations").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content(revocation.formatted(cstdcs,
                        ", \"confirmedCascade\": [\"" + bk + "\"], \"cascadeDecisions\": [{\"number\": "
                                + "\"2301/QĐ-UBND\", \"date\": \"2026-12-21\", \"signer\": \"Lê Văn Thành\", "
                                + "\"authority\": \"CHU_TICH_UBND_TINH\"}]")));
        revoked.andExpect(status(201));
        assertThat((Integer) json(revoked, "$.totalToRecover")).isEqualTo(2_530_000 + 3_795_000);
        Map<String, Object> cascaded = JsonPath.read(awardOutbox(bk).get(1).payload(), "$");
        assertThat(cascaded).containsEntry("causedBy", cstdcs).containsEntry("amountToRecover", 3_795_000);
        assertThat(body(mvc.perform(get(bkVerify.substring(bkVerify.indexOf("/verify/"))).with(from("10.20.0.3")))))
                .contains("đã bị hủy bỏ theo Quyết định số 2301/QĐ-UBND");

        // ----------------------------------------------------- the hash chain verifies; a tampered entry is caught
        var verification = mvc.perform(get("/api/v1/audit-chain/verification").with(snvOfficer()));
        assertThat((Boolean) json(verification, "$.intact")).isTrue();
        List<org.bson.Document> chain = mongo.find(new Query(), org.bson.Document.class, "audit_chain");
        assertThat(chain.stream().map(e -> e.getString("kind")).collect(Collectors.toSet()))
                .contains("BALLOT", "COUNCIL_TALLY", "DECISION", "REVOCATION");
        org.bson.Document decisionEntry = chain.stream().filter(e -> "DECISION".equals(e.getString("kind")))
                .findFirst().orElseThrow();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(decisionEntry.get("_id"))),
                Update.update("payload", decisionEntry.getString("payload").replace("2530000", "25300000")),
                "audit_chain");
        var tampered = mvc.perform(get("/api/v1/audit-chain/verification").with(snvOfficer()));
        assertThat((Boolean) json(tampered, "$.intact")).isFalse();
        assertThat(((Number) json(tampered, "$.firstBroken")).longValue())
                .isEqualTo(((Number) decisionEntry.get("_id")).longValue());
        assertThat((String) json(tampered, "$.reason")).isEqualTo("CONTENT_CHANGED");
    }

    private String proposed(RequestPostProcessor unit, String json) throws Exception {
        String id = create(unit, json);
        upload(unit, id, "TO_TRINH", "to-trinh.pdf", pdf(), null, null).andExpect(created());
        upload(unit, id, "BAO_CAO_THANH_TICH", "bao-cao.docx", docx(), null, null).andExpect(created());
        upload(unit, id, "BIEN_BAN_BINH_XET", "bien-ban.pdf", pdf(), 9, 10).andExpect(created());
        upload(unit, id, "XAC_NHAN_HTXSNV", "xac-nhan.pdf", pdf(), null, null).andExpect(created());
        upload(unit, id, "KET_LUAN_UBND_TINH", "ket-luan.pdf", pdf(), null, null).andExpect(created());
        transition(unit, id, "submit", null).andExpect(status(200));
        return id;
    }

    private static String personJson(String name, String nationalId, String award, String declared) {
        return """
                {"subject": {"type": "INDIVIDUAL", "name": "%s", "nationalId": "%s", "dateOfBirth": "1985-03-02",
                             "gender": "FEMALE", "position": "Giáo viên"},
                 "proposal": {"awardCode": "%s", "year": 2026},
                 "achievement": {"summary": "Hoàn thành xuất sắc nhiệm vụ năm học 2025–2026",
                                 "achievementId": "TT-%s-%s-2026"},
                 "declaredAwards": [%s]}""".formatted(name, nationalId, award, nationalId, award, declared);
    }

    private static String memberJson(String memberId, String name, String role, String unit) {
        return """
                {"memberId": "%s", "name": "%s", "role": "%s", "unitCode": "%s", "email": "%s@tinh.example.vn",
                 "birthDate": "1970-05-01", "termFrom": "2026-01-01", "relationships": []}"""
                .formatted(memberId, name, role, unit, memberId);
    }

    private static String memberId(int i) {
        return "hd-%03d".formatted(i);
    }

    private ResultActions attendance(String session, int present) throws Exception {
        String members = java.util.stream.IntStream.rangeClosed(1, present).mapToObj(i -> "\"" + memberId(i) + "\"")
                .collect(Collectors.joining(","));
        return mvc.perform(put("/api/v1/council-sessions/" + session + "/attendance").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"present\": [" + members + "]}"));
    }

    private ResultActions vote(int member, String session, String dossier, String choice) throws Exception {
        RequestPostProcessor token = jwt().jwt(t -> t.subject(memberId(member)).claim("unit", "HDTDKT")
                .claim("roles", List.of("COUNCIL_MEMBER")))
                .authorities(new SimpleGrantedAuthority("ROLE_COUNCIL_MEMBER"));
        return mvc.perform(post("/api/v1/council-sessions/" + session + "/ballots").with(token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"dossierId\": \"" + dossier + "\", \"choice\": \"" + choice + "\"}"));
    }

    private ResultActions forward(String dossier) throws Exception {
        return mvc.perform(post("/api/v1/decisions/forwardings").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"number": "88/TTr-UBND", "date": "%s", "signer": "Lê Văn Thành", "signerTitle": "Chủ tịch",
                         "dossierIds": ["%s"]}""".formatted(clock.today(), dossier)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
