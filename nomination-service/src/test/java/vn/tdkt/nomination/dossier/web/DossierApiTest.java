package vn.tdkt.nomination.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.nomination.dossier.persistence.DossierDocument;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.security.TestTokens;

class DossierApiTest extends DossierApiTestSupport {

    @Test
    void create_submit_appraise_records_contract_valid_events_with_increasing_sequence() throws Exception {
        // create: 201, Location, ETag of version 0, Vietnamese labels
        String created = mvc.perform(post(DOSSIERS).with(ownOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(individual("Nguyễn Thị Hồng")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.unitCode").value(OWN_UNIT))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.statusLabel").value("Dự thảo"))
                .andExpect(jsonPath("$.awardName").value("Chiến sĩ thi đua cơ sở"))
                .andExpect(jsonPath("$.subjectTypeLabel").value("Cá nhân"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(stored(id).getOutbox()).isEmpty();

        mvc.perform(get(DOSSIERS + "/" + id).with(ownOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.id").value(id));

        // submit (with the ETag just read)
        mvc.perform(post(DOSSIERS + "/" + id + "/submit").with(ownOfficer()).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.statusLabel").value("Đã gửi"))
                .andExpect(jsonPath("$.submittedBy").value("sgddt-user"));

        // appraise
        mvc.perform(post(DOSSIERS + "/" + id + "/appraisal").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"outcome": "NOT_ELIGIBLE", "reasons": ["Thiếu giấy chứng nhận sáng kiến"]}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPRAISED_NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.statusLabel").value("Không đủ điều kiện"))
                .andExpect(jsonPath("$.appraisal.outcome").value("NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.appraisal.appraisedBy").value("snv-user"))
                .andExpect(jsonPath("$.appraisal.reasons", contains("Thiếu giấy chứng nhận sáng kiến")));

        // the document carries both pending events (the relay is off in tests)
        List<OutboxEntry> outbox = stored(id).getOutbox();
        assertThat(outbox).extracting(OutboxEntry::type)
                .containsExactly(EventTypes.DOSSIER_SUBMITTED.type(), EventTypes.DOSSIER_APPRAISED.type());
        assertThat(outbox).extracting(OutboxEntry::subject).containsOnly(id);
        assertThat(outbox).extracting(OutboxEntry::sequence).containsExactly(1L, 2L);
        assertThat(outbox).extracting(OutboxEntry::eventId).doesNotHaveDuplicates();
        assertThat(stored(id).getEventSequence()).isEqualTo(2L);

        ContractSchemas.assertValid(EventTypes.DOSSIER_SUBMITTED, outbox.get(0).payload());
        ContractSchemas.assertValid(EventTypes.DOSSIER_APPRAISED, outbox.get(1).payload());
        assertThat((String) JsonPath.read(outbox.get(0).payload(), "$.dossierId")).isEqualTo(id);
        assertThat((String) JsonPath.read(outbox.get(0).payload(), "$.awardName")).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat((Integer) JsonPath.read(outbox.get(0).payload(), "$.year")).isEqualTo(2025);
        assertThat((String) JsonPath.read(outbox.get(1).payload(), "$.outcome")).isEqualTo("NOT_ELIGIBLE");
        assertThat((String) JsonPath.read(outbox.get(1).payload(), "$.appraisedBy")).isEqualTo("snv-user");
    }

    @Test
    void submitting_twice_is_a_409_problem_in_vietnamese_by_default() throws Exception {
        String id = createSubmitted();

        mvc.perform(post(DOSSIERS + "/" + id + "/submit").with(ownOfficer()))
                .andExpect(status().isConflict())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.type").value("https://tdkt.gov.vn/problems/dossier.illegal-transition"))
                .andExpect(jsonPath("$.title").value("Xung đột trạng thái"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("Không thể gửi hồ sơ đang ở trạng thái “Đã gửi”."))
                .andExpect(jsonPath("$.code").value("dossier.illegal-transition"));
        assertThat(stored(id).getOutbox()).hasSize(1);
    }

    @Test
    void illegal_transitions_are_409_problems_in_english_on_request() throws Exception {
        String id = createSubmitted();

        mvc.perform(put(DOSSIERS + "/" + id).with(ownOfficer()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON).content(individual("Nguyễn Thị Hồng")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://tdkt.gov.vn/problems/dossier.illegal-transition"))
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("Cannot edit a dossier whose status is “Submitted”."))
                .andExpect(jsonPath("$.code").value("dossier.illegal-transition"));

        String draft = createDraft();
        mvc.perform(post(DOSSIERS + "/" + draft + "/appraisal").with(TestTokens.snvOfficer())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"ELIGIBLE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Cannot appraise a dossier whose status is “Draft”."));
        mvc.perform(post(DOSSIERS + "/" + draft + "/appraisal").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"ELIGIBLE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Không thể thẩm định hồ sơ đang ở trạng thái “Dự thảo”."));
    }

    @Test
    void invalid_bodies_are_400_validation_problems() throws Exception {
        mvc.perform(post(DOSSIERS).with(ownOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectName\": \" \", \"year\": 1990, \"unitCode\": \"sgddt\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(
                        "unitCode", "subjectType", "subjectName", "awardCode", "year", "achievementSummary")));
        assertThat(mongo.count(new Query(), DossierDocument.class)).isZero();

        String id = createSubmitted();
        mvc.perform(post(DOSSIERS + "/" + id + "/appraisal").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reasons\": [\"\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("outcome")));
    }

    @Test
    void not_eligible_without_reasons_is_a_400_problem() throws Exception {
        String id = createSubmitted();

        mvc.perform(post(DOSSIERS + "/" + id + "/appraisal").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"NOT_ELIGIBLE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("dossier.appraisal.reasons-required"))
                .andExpect(jsonPath("$.detail").value("Kết luận “Không đủ điều kiện” phải nêu ít nhất một lý do."));
        assertThat(stored(id).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(stored(id).getOutbox()).hasSize(1);
    }

    @Test
    void an_award_that_is_unknown_or_does_not_fit_the_subject_is_a_400_problem() throws Exception {
        mvc.perform(post(DOSSIERS).with(TestTokens.unitOfficer("PCHIENGLE")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, "HOUSEHOLD", "Hộ ông Lò Văn Pọm", "GIAY_KHEN", 2025)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("award.subject-type-mismatch"))
                .andExpect(jsonPath("$.detail").value("Hình thức khen thưởng “GIAY_KHEN” không áp dụng cho hộ gia đình."));
        mvc.perform(post(DOSSIERS).with(TestTokens.unitOfficer("PCHIENGLE")).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, "HOUSEHOLD", "Hộ ông Lò Văn Pọm", "GIAY_KHEN", 2025)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Award “GIAY_KHEN” cannot be proposed for a household."));
        mvc.perform(post(DOSSIERS).with(ownOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, "INDIVIDUAL", "Nguyễn Văn A", "HUAN_CHUONG_LD3", 2025)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("award.unknown"));

        // the household form that does apply
        mvc.perform(post(DOSSIERS).with(TestTokens.unitOfficer("PCHIENGLE")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, "HOUSEHOLD", "Hộ ông Lò Văn Pọm", "BK_TINH", 2025)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.subjectTypeLabel").value("Hộ gia đình"));
    }

    @Test
    void idempotency_key_returns_the_same_dossier_and_creates_one_document() throws Exception {
        String json = individual("Trần Văn Bình");
        String first = mvc.perform(post(DOSSIERS).with(ownOfficer()).header("Idempotency-Key", "sgddt-2025-0001")
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post(DOSSIERS).with(ownOfficer()).header("Idempotency-Key", "sgddt-2025-0001")
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andReturn().getResponse().getContentAsString();

        String id = JsonPath.read(first, "$.id");
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(id);
        assertThat(mongo.count(Query.query(Criteria.where("subjectName").is("Trần Văn Bình")), DossierDocument.class))
                .isEqualTo(1);
    }

    @Test
    void a_decomposed_subject_name_is_stored_nfc_with_a_folded_key() throws Exception {
        String decomposed = Normalizer.normalize("Lường Thị Phượng", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Lường Thị Phượng");

        String response = mvc.perform(post(DOSSIERS).with(ownOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(individual(decomposed).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.subjectName").value("Lường Thị Phượng"))
                .andReturn().getResponse().getContentAsString();

        DossierDocument document = stored(JsonPath.read(response, "$.id"));
        assertThat(document.getSubjectName()).isEqualTo("Lường Thị Phượng")
                .isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
        assertThat(document.getSubjectNameKey()).isEqualTo("luong thi phuong");
    }

    @Test
    void put_honours_if_match_and_returns_the_new_etag() throws Exception {
        String id = createDraft();
        String revised = body(null, "INDIVIDUAL", "Nguyễn Thị Hồng Nhung", "LDTT", 2025);

        mvc.perform(put(DOSSIERS + "/" + id).with(ownOfficer()).header(HttpHeaders.IF_MATCH, "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON).content(revised))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("etag.mismatch"));

        mvc.perform(put(DOSSIERS + "/" + id).with(ownOfficer()).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(revised))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.subjectName").value("Nguyễn Thị Hồng Nhung"))
                .andExpect(jsonPath("$.awardCode").value("LDTT"))
                .andExpect(jsonPath("$.awardName").value("Lao động tiên tiến"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(stored(id).getSubjectNameKey()).isEqualTo("nguyen thi hong nhung");
        assertThat(stored(id).getOutbox()).isEmpty();

        // the old tag is stale now
        mvc.perform(post(DOSSIERS + "/" + id + "/submit").with(ownOfficer()).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void list_filters_pages_and_scopes_unit_officers_to_their_unit() throws Exception {
        String submitted = createSubmitted();
        String draft = createDraft();
        String otherUnits = createDraft(otherOfficer(), body(null, "COLLECTIVE", "Khoa Nhi", "TTLDXS", 2024));

        mvc.perform(get(DOSSIERS).with(ownOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].id", contains(draft, submitted)));
        mvc.perform(get(DOSSIERS).with(ownOfficer()).param("unit", OTHER_UNIT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(DOSSIERS).with(ownOfficer()).param("status", "SUBMITTED"))
                .andExpect(jsonPath("$.items[*].id", contains(submitted)));

        mvc.perform(get(DOSSIERS).with(TestTokens.councilMember()))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get(DOSSIERS).with(TestTokens.leader()).param("year", "2024"))
                .andExpect(jsonPath("$.items[*].id", contains(otherUnits)));
        mvc.perform(get(DOSSIERS).with(TestTokens.snvOfficer()).param("unit", OWN_UNIT).param("status", "DRAFT"))
                .andExpect(jsonPath("$.items[*].id", contains(draft)));

        mvc.perform(get(DOSSIERS).with(TestTokens.snvOfficer()).param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].id", contains(submitted)));
        mvc.perform(get(DOSSIERS).with(TestTokens.snvOfficer()).param("size", "1000"))
                .andExpect(jsonPath("$.size").value(100));
        mvc.perform(get(DOSSIERS).with(TestTokens.snvOfficer()).param("size", "0"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void snv_officer_drafts_for_a_unit_and_a_unit_officer_cannot_draft_for_another_unit() throws Exception {
        String id = createDraft(TestTokens.snvOfficer(), body(OWN_UNIT, "COLLECTIVE", "Trường THPT Tô Hiệu",
                "CO_TINH", 2025));
        assertThat(stored(id).getUnitCode()).isEqualTo(OWN_UNIT);
        assertThat(stored(id).getCreatedBy()).isEqualTo("snv-user");

        mvc.perform(post(DOSSIERS).with(otherOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(OWN_UNIT, "INDIVIDUAL", "Nguyễn Văn A", "LDTT", 2025)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("dossier.other-unit-forbidden"));
    }

    @Test
    void award_catalogue_lists_vietnamese_names_and_filters_by_subject_type() throws Exception {
        mvc.perform(get("/api/v1/awards").with(ownOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12))
                .andExpect(jsonPath("$[?(@.code == 'CO_TINH')].name").value("Cờ thi đua của UBND tỉnh"))
                .andExpect(jsonPath("$[?(@.code == 'CO_TINH')].kindLabel").value("Danh hiệu thi đua"));
        mvc.perform(get("/api/v1/awards").with(ownOfficer()).param("subjectType", "HOUSEHOLD"))
                .andExpect(jsonPath("$[*].code", contains("BK_TINH")));
    }
}
