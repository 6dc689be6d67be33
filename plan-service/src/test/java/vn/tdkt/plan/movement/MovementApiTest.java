package vn.tdkt.plan.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.plan.movement.persistence.MovementDocument;
import vn.tdkt.plan.registration.persistence.RegistrationDocument;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.plan.support.SeededRegistryTest;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.security.TestTokens;

/** Movements and registrations through HTTP; every pending event is checked against its contract. */
class MovementApiTest extends SeededRegistryTest {

    static final String MOVEMENT = """
            {"name":"Phong trào thi đua chuyên đề bầu cử đại biểu Quốc hội và HĐND các cấp","kind":"THEMATIC",
             "directive":"Chỉ thị 01/CT-UBND","period":{"from":"2025-10-01","to":"2026-03-31"},
             "participants":["SGDDT","syt"],"awardForms":["BK_TINH","giay_khen"],
             "quotas":[{"unitCode":"SGDDT","awardCode":"BK_TINH","max":3},{"unitCode":"SYT","awardCode":"BK_TINH","max":1}],
             "nominationWindow":{"from":"2026-03-01","to":"2026-03-31"},
             "receivingDesk":{"unitCode":"SNV","text":"Phòng Thi đua, khen thưởng, Sở Nội vụ (qua hệ thống iDesk)"}}
            """;


    @BeforeEach
    void at() {
        clock.set(LocalDate.of(2025, 10, 1));
    }

    String createMovement(String body) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/movements").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    ResultActions register(String movementId, RequestPostProcessor caller, String items) throws Exception {
        return mvc.perform(post("/api/v1/movements/" + movementId + "/registrations").with(caller)
                .contentType(MediaType.APPLICATION_JSON).content("{\"items\":" + items + "}"));
    }

    List<OutboxEntry> pending(EventType type, String subject) {
        return Stream.concat(mongo.findAll(MovementDocument.class).stream().flatMap(d -> d.getOutbox().stream()),
                        mongo.findAll(RegistrationDocument.class).stream().flatMap(d -> d.getOutbox().stream()))
                .filter(entry -> entry.type().equals(type.type()) && entry.subject().equals(subject)).toList();
    }

    @Test
    void givenASubUnitRegistration_whenReviewed_thenTheParentUnitDecidesAndTopLevelUnitsGoToSoNoiVu() throws Exception {
        // given a launched movement in which TTTT (under the provincial office VPUBND) and SGDDT (under UBND) take part
        String id = createMovement(MOVEMENT.replace("\"participants\":[\"SGDDT\",\"syt\"]",
                        "\"participants\":[\"SGDDT\",\"syt\",\"TTTT\"]")
                .replace("{\"unitCode\":\"SYT\",\"awardCode\":\"BK_TINH\",\"max\":1}",
                        "{\"unitCode\":\"SYT\",\"awardCode\":\"BK_TINH\",\"max\":1},"
                                + "{\"unitCode\":\"TTTT\",\"awardCode\":\"BK_TINH\",\"max\":1}"));
        mvc.perform(post("/api/v1/movements/" + id + "/launch").with(TestTokens.snvOfficer())).andExpect(status().isOk());
        String tttt = JsonPath.read(register(id, TestTokens.unitOfficer("TTTT"), "[{\"awardCode\":\"BK_TINH\",\"count\":1}]")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String sgddt = JsonPath.read(register(id, TestTokens.unitOfficer("SGDDT"), "[{\"awardCode\":\"BK_TINH\",\"count\":1}]")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        // the parent unit's officer sees the sub-unit's registration and returns it; an unrelated unit neither
        // sees nor reviews it
        mvc.perform(get("/api/v1/registrations/" + tttt).with(TestTokens.unitOfficer("VPUBND"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/registrations/" + tttt).with(TestTokens.unitOfficer("SGDDT"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/registrations/" + tttt + "/approve").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/registrations/" + tttt + "/approve").with(TestTokens.unitOfficer("TTTT")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/registrations/" + tttt + "/return").with(TestTokens.unitOfficer("VPUBND"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Bổ sung thành tích.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        register(id, TestTokens.unitOfficer("TTTT"), "[{\"awardCode\":\"BK_TINH\",\"count\":1}]").andExpect(status().isOk());
        mvc.perform(post("/api/v1/registrations/" + tttt + "/approve").with(TestTokens.unitOfficer("VPUBND")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

        // a department under the province is reviewed by Sở Nội vụ, not by an officer of UBND (who, outside the
        // movement, does not see it: 404) or of itself (who sees it: 403)
        mvc.perform(post("/api/v1/registrations/" + sgddt + "/approve").with(TestTokens.unitOfficer("UBND")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/registrations/" + sgddt + "/approve").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/registrations/" + sgddt + "/approve").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        assertThat(pending(EventTypes.REGISTRATION_APPROVED, tttt)).hasSize(1);
        assertThat(pending(EventTypes.REGISTRATION_RETURNED, tttt)).hasSize(1);
    }

    @Test
    void givenAMovement_whenLaunchedRegisteredReturnedResubmittedApprovedAndClosed_thenEveryEventMatchesItsContract()
            throws Exception {
        // given a draft movement
        String id = createMovement(MOVEMENT);
        mvc.perform(get("/api/v1/movements/" + id).with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.kindLabel").value("Chuyên đề"))
                .andExpect(jsonPath("$.participants").value(contains("SGDDT", "SYT")))
                .andExpect(jsonPath("$.awardForms").value(contains("BK_TINH", "GIAY_KHEN")));
        // a participant does not see a draft, nor can it register for it
        mvc.perform(get("/api/v1/movements/" + id).with(TestTokens.unitOfficer("SGDDT"))).andExpect(status().isNotFound());

        // when launched (with the ETag)
        mvc.perform(post("/api/v1/movements/" + id + "/launch").with(TestTokens.snvOfficer()).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LAUNCHED"))
                .andExpect(jsonPath("$.statusLabel").value("Đã phát động"));
        mvc.perform(post("/api/v1/movements/" + id + "/launch").with(TestTokens.snvOfficer()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("movement.cannot-launch"));

        // then a participant registers; above its quota is refused with the quota in the message (R-DL-03)
        register(id, TestTokens.unitOfficer("SGDDT"), "[{\"awardCode\":\"BK_TINH\",\"count\":4}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("registration.quota-exceeded"))
                .andExpect(jsonPath("$.detail").value(containsString("tối đa 3")));
        String registrationId = JsonPath.read(register(id, TestTokens.unitOfficer("SGDDT"),
                        "[{\"awardCode\":\"bk_tinh\",\"count\":3},{\"awardCode\":\"GIAY_KHEN\",\"count\":12}]")
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submission").value(1))
                .andReturn().getResponse().getContentAsString(), "$.id");
        register(id, TestTokens.unitOfficer("SGDDT"), "[{\"awardCode\":\"BK_TINH\",\"count\":1}]")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("registration.exists"));

        // returned with a reason, resubmitted, approved
        mvc.perform(post("/api/v1/registrations/" + registrationId + "/return").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Đề nghị giảm số Giấy khen.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returns[0].reason").value("Đề nghị giảm số Giấy khen."));
        mvc.perform(post("/api/v1/registrations/" + registrationId + "/approve").with(TestTokens.snvOfficer()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("registration.cannot-approve"));
        register(id, TestTokens.unitOfficer("SGDDT"), "[{\"awardCode\":\"BK_TINH\",\"count\":3},{\"awardCode\":\"GIAY_KHEN\",\"count\":8}]")
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(registrationId))
                .andExpect(jsonPath("$.submission").value(2));
        mvc.perform(post("/api/v1/registrations/" + registrationId + "/approve").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/registrations/" + registrationId + "/return").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isConflict());

        // the movement's registrations: all for Sở Nội vụ, own only for a unit
        register(id, TestTokens.unitOfficer("SYT"), "[{\"awardCode\":\"BK_TINH\",\"count\":1}]").andExpect(status().isCreated());
        mvc.perform(get("/api/v1/movements/" + id + "/registrations").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/movements/" + id + "/registrations").with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].unitCode").value("SYT"));

        // closed: no more registrations
        mvc.perform(post("/api/v1/movements/" + id + "/close").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post("/api/v1/movements/" + id + "/close").with(TestTokens.snvOfficer()))
                .andExpect(status().isConflict());

        // and every event is pending in the outbox of its aggregate, valid against its schema
        assertValid(EventTypes.MOVEMENT_LAUNCHED, id, 1);
        assertValid(EventTypes.MOVEMENT_CLOSED, id, 1);
        assertValid(EventTypes.REGISTRATION_SUBMITTED, registrationId, 2);
        assertValid(EventTypes.REGISTRATION_RETURNED, registrationId, 1);
        assertValid(EventTypes.REGISTRATION_APPROVED, registrationId, 1);
        assertThat(pending(EventTypes.MOVEMENT_LAUNCHED, id).get(0).payload())
                .contains("\"quotas\":[{\"unitCode\":\"SGDDT\",\"awardCode\":\"BK_TINH\",\"max\":3}")
                .contains("\"nominationTo\":\"2026-03-31\"").contains("\"receivingUnit\":\"SNV\"");
        assertThat(pending(EventTypes.REGISTRATION_SUBMITTED, registrationId)).extracting(OutboxEntry::sequence)
                .containsExactly(1L, 3L);
    }

    void assertValid(EventType type, String subject, int count) {
        List<OutboxEntry> entries = pending(type, subject);
        assertThat(entries).as("%s of %s", type, subject).hasSize(count);
        entries.forEach(entry -> ContractSchemas.assertValid(type, entry.payload()));
    }

    @Test
    void givenMovements_whenListed_thenEachCallerSeesWhatItMay() throws Exception {
        String launched = createMovement(MOVEMENT);
        mvc.perform(post("/api/v1/movements/" + launched + "/launch").with(TestTokens.snvOfficer())).andExpect(status().isOk());
        String draft = createMovement(MOVEMENT);

        String snv = mvc.perform(get("/api/v1/movements?size=100").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String participant = mvc.perform(get("/api/v1/movements?size=100").with(TestTokens.unitOfficer("SYT")))
                .andReturn().getResponse().getContentAsString();
        String outsider = mvc.perform(get("/api/v1/movements?size=100").with(TestTokens.unitOfficer("PCHIENGLE")))
                .andReturn().getResponse().getContentAsString();
        String leader = mvc.perform(get("/api/v1/movements?status=LAUNCHED").with(TestTokens.leader()))
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(snv, "$.items[*].id")).contains(launched, draft);
        assertThat(JsonPath.<List<String>>read(participant, "$.items[*].id")).contains(launched).doesNotContain(draft);
        assertThat(JsonPath.<List<String>>read(outsider, "$.items[*].id")).doesNotContain(launched, draft);
        assertThat(JsonPath.<List<String>>read(leader, "$.items[*].id")).contains(launched).doesNotContain(draft);
        assertThat(JsonPath.<List<String>>read(leader, "$.items[*].status")).containsOnly("LAUNCHED");
    }

    @Test
    void givenInvalidMovements_whenCreated_thenProblemsAndNothingStored() throws Exception {
        long before = mongo.count(new org.springframework.data.mongodb.core.query.Query(), MovementDocument.class);

        mvc.perform(post("/api/v1/movements").with(TestTokens.snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(MOVEMENT.replace("\"syt\"", "\"KHONGCO\"")
                                .replace("\"unitCode\":\"SYT\"", "\"unitCode\":\"KHONGCO\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("unit.unknown"));
        mvc.perform(post("/api/v1/movements").with(TestTokens.snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(MOVEMENT.replace("\"max\":1", "\"max\":-2")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("movement.quota-invalid"));
        mvc.perform(post("/api/v1/movements").with(TestTokens.snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(MOVEMENT.replace("\"period\":{\"from\":\"2025-10-01\",\"to\":\"2026-03-31\"}",
                                        "\"period\":{\"from\":\"2025-10-01\",\"to\":\"2025-01-01\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("movement.period-invalid"));
        mvc.perform(post("/api/v1/movements").with(TestTokens.snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(MOVEMENT.replace("\"kind\":\"THEMATIC\",",
                                "\"kind\":\"THEMATIC\",\"planId\":\"khong-co\",")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("movement.plan-unknown"));

        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), MovementDocument.class))
                .isEqualTo(before);
    }
}
