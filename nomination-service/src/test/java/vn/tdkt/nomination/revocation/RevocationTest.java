package vn.tdkt.nomination.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.tdkt.nomination.audit.application.AuditLog;
import vn.tdkt.nomination.support.AwardTestSupport;
import vn.tdkt.platform.outbox.OutboxEntry;

/**
 * Revocation (R-REV-01/02): by the original decider's level (or its successor), for a trigger of Luật Điều 93 k2
 * (a)–(d); the later awards whose prerequisites relied on the revoked one are listed first and revoked after a
 * confirmation, each by its own level's decision and naming its cause; an alternative path keeps an award standing;
 * money and items to recover; award-revoked per award; the audit chain.
 */
class RevocationTest extends AwardTestSupport {

    static final String REVOCATIONS = "/api/v1/revocations";

    @Autowired
    AuditLog audit;

    @Test
    void revoking_a_prerequisite_lists_the_awards_that_relied_on_it_and_revokes_them_once_confirmed()
            throws Exception {
        hoaHoldsCstdcs(2025, 2026);
        String bkDossier = eligiblePerson("Nguyễn Thị Hoa", HOA_ID, "BK_TINH", 2026);
        String bk = json(decide("2150/QĐ-UBND", "2026-12-20", "CHU_TICH_UBND_TINH", bkDossier),
                "$.awardees[0].awardId");
        String cstdcs2026 = awardOf("CSTDCS", 2026);

        var preview = mvc.perform(post(REVOCATIONS + "/preview").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content(revocation(cstdcs2026, "THU_TRUONG_SO_NGANH", "")));
        preview.andExpect(status(200));
        assertThat((List<String>) json(preview, "$.cascade[*].award.awardId")).containsExactly(bk);
        assertThat((String) json(preview, "$.cascade[0].causedBy")).isEqualTo(cstdcs2026);
        assertThat((List<String>) json(preview, "$.cascade[0].failedRules[*].ruleId")).containsExactly("R-BKT-01");
        assertThat((String) json(preview, "$.cascade[0].revokedBy.authority")).isEqualTo("CHU_TICH_UBND_TINH");
        assertThat((List<String>) json(preview, "$.otherAuthoritiesNeeded")).containsExactly("CHU_TICH_UBND_TINH");
        assertThat((Integer) json(preview, "$.totalToRecover")).as("2.530.000 đ + 3.795.000 đ").isEqualTo(6_325_000);
        assertThat(mongo.getCollection("revocations").countDocuments()).as("a preview changes nothing").isZero();

        expectProblem(revoke(revocation(cstdcs2026, "THU_TRUONG_SO_NGANH", "")), 409, "revocation.cascade-changed");
        var withoutChairDecision = revoke(revocation(cstdcs2026, "THU_TRUONG_SO_NGANH",
                ", \"confirmedCascade\": [\"" + bk + "\"]"));
        assertThat((String) json(withoutChairDecision, "$.code")).isEqualTo("revocation.cascade-decision-missing");

        var revoked = revoke(revocation(cstdcs2026, "THU_TRUONG_SO_NGANH", ", \"confirmedCascade\": [\"" + bk + "\"], "
                + "\"cascadeDecisions\": [{\"number\": \"2301/QĐ-UBND\", \"date\": \"2026-12-20\", "
                + "\"signer\": \"Lê Văn Thành\", \"authority\": \"CHU_TICH_UBND_TINH\"}]"));
        revoked.andExpect(status(201));
        assertThat((List<String>) json(revoked, "$.cascade[*].awardId")).containsExactly(bk);
        assertThat((String) json(revoked, "$.cascade[0].decision.number")).isEqualTo("2301/QĐ-UBND");
        assertThat((Integer) json(revoked, "$.totalToRecover")).isEqualTo(6_325_000);
        String revocationId = json(revoked, "$.id");

        var bkNow = mvc.perform(get("/api/v1/award-register/" + bk).with(own()));
        assertThat((String) json(bkNow, "$.status")).isEqualTo("REVOKED");
        assertThat((String) json(bkNow, "$.revocation.causedBy")).isEqualTo(cstdcs2026);
        assertThat((Integer) json(bkNow, "$.revocation.amountToRecover")).isEqualTo(3_795_000);
        assertThat((String) json(bkNow, "$.revocation.reason")).contains("Chiến sĩ thi đua cơ sở năm 2026");
        assertThat((List<String>) json(bkNow, "$.revocation.itemsToRecover")).isNotEmpty();

        List<OutboxEntry> events = awardOutbox(bk);
        Map<String, Object> revokedEvent = com.jayway.jsonpath.JsonPath.read(events.get(events.size() - 1).payload(),
                "$");
        assertThat(events.get(events.size() - 1).type()).contains(".award-revoked.");
        assertThat(revokedEvent).containsEntry("causedBy", cstdcs2026).containsEntry("trigger", "A")
                .containsEntry("amountToRecover", 3_795_000).containsEntry("revocationId", revocationId)
                .containsEntry("decisionNumber", "2301/QĐ-UBND");
        assertThat(awardOutbox(cstdcs2026)).extracting(OutboxEntry::type).singleElement()
                .asString().contains(".award-revoked.");

        assertThat(audit.page(1, 10)).extracting(e -> e.kind()).containsExactly(AuditLog.DECISION,
                AuditLog.REVOCATION);
        assertThat(audit.verify().intact()).isTrue();

        expectProblem(mvc.perform(post(REVOCATIONS + "/preview").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content(revocation(cstdcs2026, "THU_TRUONG_SO_NGANH", ""))),
                409, "revocation.award-not-active");
    }

    @Test
    void an_award_that_also_stands_on_another_path_is_not_revoked_along() throws Exception {
        hoaHoldsCstdcs(2025, 2026);
        mvc.perform(post("/api/v1/ratings/imports").with(snvOfficer()).contentType("text/csv").content(
                "Số định danh cá nhân,Họ và tên,Ngày sinh,Mã đơn vị,Năm,Xếp loại\n"
                        + HOA_ID + ",Nguyễn Thị Hoa,02/03/1985,SGDDT,2025,HTXSNV\n"
                        + HOA_ID + ",Nguyễn Thị Hoa,02/03/1985,SGDDT,2026,HTXSNV\n")).andExpect(status(200));
        for (int year : new int[] {2025, 2026}) {
            mvc.perform(post("/api/v1/innovations").with(snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"title": "Số hóa hồ sơ %d", "level": "CO_SO", "year": %d,
                             "owner": {"nationalId": "%s", "unitCode": "SGDDT"},
                             "recognisedBy": "Giám đốc Sở Giáo dục và Đào tạo", "recognitionRef": "QĐ %d/QĐ-SGDĐT",
                             "recognisedOn": "%d-10-15"}""".formatted(year, year, HOA_ID, year, year)))
                    .andExpect(status(201));
        }
        String bkDossier = eligiblePerson("Nguyễn Thị Hoa", HOA_ID, "BK_TINH", 2026);
        var decided = decide("2150/QĐ-UBND", "2026-12-20", "CHU_TICH_UBND_TINH", bkDossier);
        assertThat((List<String>) json(decided, "$.awardees[0].reliedOn"))
                .as("two excellent years with two innovations would do as well").isEmpty();

        var preview = mvc.perform(post(REVOCATIONS + "/preview").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(revocation(awardOf("CSTDCS", 2026), "THU_TRUONG_SO_NGANH", "")));
        assertThat((List<?>) json(preview, "$.cascade")).isEmpty();
    }

    @Test
    void only_the_original_deciders_level_revokes_and_a_vanished_level_is_succeeded() throws Exception {
        hoaHoldsCstdcs(2026);
        String cstdcs = awardOf("CSTDCS", 2026);
        var byChair = expectProblem(mvc.perform(post(REVOCATIONS + "/preview").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content(revocation(cstdcs, "CHU_TICH_UBND_TINH", ""))),
                409, "revocation.authority-mismatch");
        assertThat((String) json(byChair, "$.detail")).contains("R-REV-01").contains("Điều 93 khoản 8");

        importRegister(java.util.Collections.singletonList(personRow("Quàng Văn Sơn", null, OWN, "LDTT", 2024,
                "311/QĐ-UBND", "20/12/2024", "CHU_TICH_UBND_HUYEN"))).andExpect(status(200));
        String ldtt = awardOf("LDTT", 2024);
        var byDistrict = mvc.perform(post(REVOCATIONS + "/preview").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content(revocation(ldtt, "CHU_TICH_UBND_HUYEN", "")));
        assertThat((String) json(byDistrict, "$.detail")).contains("Nghị định 129/2025");
        revoke(revocation(ldtt, "CHU_TICH_UBND_XA", ", \"confirmedCascade\": []")).andExpect(status(201));

        mvc.perform(post(REVOCATIONS + "/preview").with(snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                .content(revocation(cstdcs, "THU_TRUONG_SO_NGANH", "").replace("\"trigger\": \"A\"",
                        "\"trigger\": \"E\""))).andExpect(status(400));
    }

    private String awardOf(String award, int year) throws Exception {
        return json(mvc.perform(get("/api/v1/award-register").param("award", award).param("year",
                String.valueOf(year)).with(snvOfficer())), "$.items[0].id");
    }

    private ResultActions revoke(String json) throws Exception {
        return mvc.perform(post(REVOCATIONS).with(snvOfficer()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String revocation(String awardId, String authority, String more) {
        return """
                {"awardId": "%s", "trigger": "A",
                 "reason": "Kê khai thành tích không đúng sự thật (kết luận thanh tra số 12/KL-TTr)",
                 "decision": {"number": "310/QĐ-SGDĐT", "date": "2026-12-20", "signer": "Phạm Văn Đức",
                              "authority": "%s"}%s}""".formatted(awardId, authority, more);
    }
}
