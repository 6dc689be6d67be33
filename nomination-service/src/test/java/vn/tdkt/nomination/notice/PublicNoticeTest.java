package vn.tdkt.nomination.notice;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.nomination.council.CouncilTestSupport;
import vn.tdkt.nomination.council.application.DecisionGates;
import vn.tdkt.nomination.council.application.DecisionGates.GateReason;
import vn.tdkt.nomination.notice.application.NoticeService;
import vn.tdkt.nomination.planview.application.PlanViews;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.nomination.support.UnitEvents;

/**
 * R-PUB-01 end to end: Sở Nội vụ publishes a nominee whose award the catalogue publishes for comment, the public page
 * (no token) shows the Vietnamese notice and takes comments within limits and rate limits, the scan closes the notice
 * once when its working-day window has ended, and the decision gate waits for the close and every comment resolved.
 */
class PublicNoticeTest extends CouncilTestSupport {

    static final String NOTICES = "/api/v1/public-notices";

    @Autowired
    NoticeService notices;

    @Autowired
    DecisionGates gates;

    @Autowired
    PlanViews planViews;

    private String nominee() {
        planViews.onUnit(1, UnitEvents.department("SGDDT", "Sở Giáo dục và Đào tạo", "so giao duc va dao tao"));
        return appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1975, 3, 2), "HCLD3",
                "Huân chương Lao động hạng Ba");
    }

    private String open(String dossierId) throws Exception {
        return expect(post(NOTICES).with(snv()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dossierId\": \"" + dossierId + "\"}"), 201);
    }

    private MockHttpServletResponse commentJson(String noticeId, String json, String address) throws Exception {
        return mvc.perform(post("/cong-khai/" + noticeId + "/y-kien").contentType(MediaType.APPLICATION_JSON)
                .content(json).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder form(String noticeId, String text) {
        return post("/cong-khai/" + noticeId + "/y-kien").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML).param("noi-dung", text).param("ho-ten", "Trần Văn Dân")
                .param("lien-he", "0912 345 678");
    }

    @Test
    void a_notice_is_published_commented_closed_once_and_gates_the_decision_until_every_comment_is_resolved()
            throws Exception {
        // given: a nominee for Huân chương Lao động hạng Ba, published for comment (R-PUB-01)
        String dossier = nominee();
        assertThat(gates.blockers(dossier, LocalDate.of(2026, 12, 28))).extracting(GateReason::code)
                .containsExactly("notice.gate.not-held");

        // when: Sở Nội vụ opens the notice on Tuesday 1/12/2026
        String opened = open(dossier);

        // then: 10 working days, to Monday 14/12/2026, and notice-opened with the public address
        String id = JsonPath.read(opened, "$.id");
        assertThat(JsonPath.<String>read(opened, "$.closesOn")).isEqualTo("2026-12-14");
        assertThat(JsonPath.<Integer>read(opened, "$.workingDays")).isEqualTo(10);
        Map<String, Object> event = payload(outbox("public_notices", id), "notice-opened");
        assertThat(event).containsEntry("publicUrl", "http://localhost:8082/cong-khai/" + id)
                .containsEntry("closesOn", "2026-12-14").containsEntry("awardCode", "HCLD3");

        // and: anyone reads the Vietnamese notice without a token
        String page = expect(get("/cong-khai/" + id), 200);
        assertThat(page).contains("THÔNG BÁO CÔNG KHAI LẤY Ý KIẾN NHÂN DÂN", "Nguyễn Thị Hoa",
                "Sở Giáo dục và Đào tạo", "Huân chương Lao động hạng Ba", "Dạy tốt, học tốt",
                "từ ngày 01/12/2026 đến hết ngày 14/12/2026 (10 ngày làm việc)", "Gửi ý kiến");
        assertThat(expect(get("/cong-khai"), 200)).contains("Nguyễn Thị Hoa", "14/12/2026");

        // when: citizens comment through the form and as JSON
        MockHttpServletResponse sent = mvc.perform(form(id, "Đề nghị xác minh thêm thành tích năm 2024"))
                .andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(303);
        assertThat(sent.getRedirectedUrl()).isEqualTo("/cong-khai/" + id + "?da-gui=1#y-kien");
        assertThat(expect(get("/cong-khai/" + id).param("da-gui", "1"), 200)).contains("đã được ghi nhận");
        MockHttpServletResponse json = commentJson(id, "{\"text\": \"Tôi đồng ý với đề nghị này.\"}", "10.0.0.2");
        assertThat(json.getStatus()).as(body(json)).isEqualTo(201);

        // then: an empty or oversized comment changes nothing, with a clear reason
        MockHttpServletResponse empty = commentJson(id, "{\"text\": \"   \", \"name\": \"A\"}", "10.0.0.3");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(body(empty), "$.code")).isEqualTo("notice.comment.text-required");
        MockHttpServletResponse tooLong = commentJson(id, "{\"text\": \"" + "a".repeat(4001) + "\"}", "10.0.0.3");
        assertThat(JsonPath.<String>read(body(tooLong), "$.code")).isEqualTo("notice.comment.text-too-long");
        MockHttpServletResponse emptyForm = mvc.perform(form(id, "")).andReturn().getResponse();
        assertThat(emptyForm.getStatus()).isEqualTo(400);
        assertThat(body(emptyForm)).contains("Vui lòng nhập nội dung ý kiến.");
        assertThat(mongo.count(new Query(), "notice_comments")).isEqualTo(2);

        // and: the officers see the comments linked to the dossier; a unit officer does not
        String listed = expect(get(NOTICES + "/" + id + "/comments").with(snv()), 200);
        assertThat(JsonPath.<List<String>>read(listed, "$.items[*].dossierId")).containsOnly(dossier);
        assertThat(JsonPath.<List<String>>read(listed, "$.items[*].authorName")).contains("Trần Văn Dân");
        expect(get(NOTICES + "/" + id + "/comments").with(TestTokens.unitOfficer("SGDDT")), 403);
        // and: a unit officer's token without a unit lists no unit's notices
        expect(get(NOTICES).with(jwt().jwt(t -> t.subject("no-unit").claim("roles", List.of("UNIT_OFFICER")))
                .authorities(new SimpleGrantedAuthority("ROLE_UNIT_OFFICER"))), 403);
        assertThat(JsonPath.<List<String>>read(expect(get(NOTICES).with(TestTokens.unitOfficer("SYT")), 200),
                "$.items[*].id")).isEmpty();

        // and: while the window is open, the decision waits
        assertThat(gates.blockers(dossier, LocalDate.of(2026, 12, 10))).extracting(GateReason::code)
                .containsExactly("notice.gate.open");

        // when: the window has ended (Tuesday 15/12) and the scan runs twice
        clock.set(LocalDate.of(2026, 12, 14));
        assertThat(notices.closeEnded()).as("not before the window's last day has passed").isZero();
        clock.set(LocalDate.of(2026, 12, 15));
        int first = notices.closeEnded();
        int second = notices.closeEnded();

        // then: closed exactly once, with the comments counted
        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        List<?> closedEvents = outbox("public_notices", id).stream()
                .filter(e -> e.type().contains(".notice-closed.")).toList();
        assertThat(closedEvents).hasSize(1);
        Map<String, Object> closed = payload(outbox("public_notices", id), "notice-closed");
        assertThat(closed).containsEntry("comments", 2).containsEntry("unresolvedComments", 2)
                .containsEntry("closedOn", "2026-12-14");
        assertThat(commentJson(id, "{\"text\": \"Muộn\"}", "10.0.0.4").getStatus()).isEqualTo(409);
        assertThat(expect(get("/cong-khai/" + id), 200)).contains("Thời gian lấy ý kiến đã kết thúc")
                .doesNotContain("Gửi ý kiến</button>");

        // and: the decision waits for the two comments
        assertThat(gates.blockers(dossier, LocalDate.of(2026, 12, 28))).extracting(GateReason::code)
                .containsExactly("notice.gate.unresolved-comments");
        List<String> ids = JsonPath.read(listed, "$.items[*].id");
        expect(post(NOTICES + "/" + id + "/comments/" + ids.get(0) + "/resolve").with(snv())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"Đã xác minh: thành tích năm 2024 đúng như báo cáo.\"}"), 200);
        assertThat(gates.blockers(dossier, LocalDate.of(2026, 12, 28))).extracting(GateReason::args)
                .containsExactly(List.of("Nguyễn Thị Hoa", 1));
        String hidden = expect(post(NOTICES + "/" + id + "/comments/" + ids.get(1) + "/hide").with(snv())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Trùng lặp\"}"), 200);
        assertThat(JsonPath.<String>read(hidden, "$.statusLabel")).isEqualTo("Đã ẩn");
        expect(post(NOTICES + "/" + id + "/comments/" + ids.get(1) + "/resolve").with(snv())
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"x\"}"), 409);

        // then: nothing blocks the decision any more, unless it is dated within the window
        assertThat(gates.blockers(dossier, LocalDate.of(2026, 12, 28))).isEmpty();
        assertThat(gates.blockers(dossier, LocalDate.of(2026, 12, 14))).extracting(GateReason::code)
                .containsExactly("notice.gate.open");
    }

    @Test
    void a_second_notice_does_not_hide_a_complaint_left_open_on_the_first() throws Exception {
        // given: a first notice closed with one citizen's complaint unresolved
        String dossier = nominee();
        String first = JsonPath.read(open(dossier), "$.id");
        assertThat(commentJson(first, "{\"text\": \"Đơn vị chưa nộp đủ bảo hiểm xã hội.\"}", "10.0.1.1").getStatus())
                .isEqualTo(201);
        clock.set(LocalDate.of(2026, 12, 15));
        assertThat(notices.closeEnded()).isEqualTo(1);

        // when: a second notice is opened, runs its window without comments and closes
        String second = JsonPath.read(open(dossier), "$.id");
        clock.set(LocalDate.of(2026, 12, 31));
        assertThat(notices.closeEnded()).isEqualTo(1);

        // then: the decision still waits for the first notice's complaint
        assertThat(second).isNotEqualTo(first);
        assertThat(gates.blockers(dossier, LocalDate.of(2026, 12, 31))).extracting(GateReason::code)
                .containsExactly("notice.gate.unresolved-comments");
    }

    @Test
    void comments_are_limited_per_client_address_with_a_429_problem() throws Exception {
        String id = JsonPath.read(open(nominee()), "$.id");
        for (int i = 1; i <= 5; i++) {
            assertThat(commentJson(id, "{\"text\": \"Ý kiến " + i + "\"}", "203.0.113.7").getStatus())
                    .isEqualTo(201);
        }

        MockHttpServletResponse sixth = commentJson(id, "{\"text\": \"Ý kiến 6\"}", "203.0.113.7");
        MockHttpServletResponse otherAddress = commentJson(id, "{\"text\": \"Ý kiến khác\"}", "203.0.113.8");

        assertThat(sixth.getStatus()).isEqualTo(429);
        assertThat(sixth.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(JsonPath.<String>read(body(sixth), "$.code")).isEqualTo("rate-limit.exceeded");
        assertThat(JsonPath.<String>read(body(sixth), "$.detail")).startsWith("Bạn đã gửi quá nhiều yêu cầu (5 lần");
        assertThat(Long.parseLong(sixth.getHeader("Retry-After"))).isBetween(1L, 3600L);
        assertThat(otherAddress.getStatus()).isEqualTo(201);
        assertThat(mongo.count(new Query(), "notice_comments")).isEqualTo(6);
        // an hour later the address may comment again
        clock.plus(java.time.Duration.ofHours(1));
        assertThat(commentJson(id, "{\"text\": \"Ý kiến 7\"}", "203.0.113.7").getStatus()).isEqualTo(201);
    }

    @Test
    void only_an_award_published_for_comment_and_an_appraised_dossier_get_a_notice() throws Exception {
        String noNotice = appraisedPerson("SGDDT", "Lê Văn An", null, LocalDate.of(1980, 1, 1), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String refused = expect(post(NOTICES).with(snv()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dossierId\": \"" + noNotice + "\"}"), 409);
        assertThat(JsonPath.<String>read(refused, "$.code")).isEqualTo("notice.not-required");

        String dossier = nominee();
        String tooShort = expect(post(NOTICES).with(snv()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dossierId\": \"" + dossier + "\", \"workingDays\": 5}"), 400);
        assertThat(JsonPath.<String>read(tooShort, "$.code")).isEqualTo("notice.window-too-short");
        open(dossier);
        String twice = expect(post(NOTICES).with(snv()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dossierId\": \"" + dossier + "\"}"), 409);
        assertThat(JsonPath.<String>read(twice, "$.code")).isEqualTo("notice.open-already");
        assertThat(mongo.count(new Query(), "public_notices")).isEqualTo(1);
    }
}
