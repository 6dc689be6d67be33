package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.nomination.support.NominationApiTest;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;

/**
 * What refuses a submission, each with the rule's explanation: an active hold (R-GEN-05), which also suspends
 * appraisal, a duplicate (same person + award + year, same
 * achievement id: R-GEN-01), a quota overrun and a closed nomination window (R-DL-03), a dissolved unit (R-GEN-10).
 */
class SubmissionBlockingTest extends NominationApiTest {

    static final String MOVEMENT = "0195f3a2-7c1e-7a00-8000-000000000051";

    @Autowired @Qualifier("planEvents") Consumer<Message<byte[]>> planEvents;

    private String complete(String json) throws Exception {
        String id = create(own(), json);
        attachCompleteSet(id);
        return id;
    }

    private static String detail(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.detail");
    }

    @Test
    void an_active_hold_blocks_submission_and_appraisal_until_it_is_lifted() throws Exception {
        clock.set(LocalDate.of(2025, 12, 1));
        String id = complete(person("Hoàng Thị Thu", null, "CSTDCS", 2025, "QD-9/2025"));
        String other = complete(person("Ngô Văn Hải", null, "CSTDCS", 2025, "QD-10/2025"));
        transition(own(), other, "submit", null).andExpect(status(200));
        transition(snv(), other, "assign", "{}").andExpect(status(200));

        // the person is matched by folded name, date of birth and unit (no national ID on either side)
        for (String who : new String[] {"HOANG THI THU", "Ngô  Văn Hải"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/holds")
                    .with(snv()).contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                            {"subject": {"fullName": "%s", "birthDate": "1985-03-02", "unitCode": "SGDDT"},
                             "kind": "COMPLAINT", "since": "2025-11-20", "reason": "Đơn tố cáo đang xác minh"}
                            """.formatted(who))).andExpect(status(201));
        }
        var refused = transition(own(), id, "submit", null).andExpect(status(409)).andReturn();
        assertThat(detail(refused)).contains("R-GEN-05").contains("tố cáo");
        assertThat(outbox(id)).isEmpty();
        var suspended = transition(snv(), other, "appraisal", "{\"outcome\": \"ELIGIBLE\", \"reasons\": [\"Đủ\"]}")
                .andExpect(status(409)).andReturn();
        assertThat(detail(suspended)).contains("R-GEN-05");
        assertThat((String) JsonPath.read(read(other), "$.status")).isEqualTo("UNDER_APPRAISAL");

        var english = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(DOSSIERS + "/" + id + "/submit").with(own()).header("Accept-Language", "en"))
                .andExpect(status(409)).andReturn();
        assertThat(detail(english)).startsWith("The dossier cannot be submitted").contains("R-GEN-05");
    }

    @Test
    void the_same_person_award_and_year_is_blocked_with_its_explanation() throws Exception {
        clock.set(LocalDate.of(2025, 12, 1));
        String first = complete(person("Trần Thị Mai", null, "CSTDCS", 2025, "QD-1/2025"));
        transition(own(), first, "submit", null).andExpect(status(200));

        // same folded name, birth date and unit, written differently
        String second = complete(person("TRAN  THI MAI", null, "CSTDCS", 2025, "QD-2/2025"));
        var refused = transition(own(), second, "submit", null).andExpect(status(409)).andReturn();
        assertThat(detail(refused)).contains("R-GEN-01").contains(first);
        assertThat((String) JsonPath.read(read(second), "$.status")).isEqualTo("DRAFT");
        assertThat(outbox(second)).isEmpty();

        String sameAchievement = complete(person("Phạm Văn Long", null, "CSTDCS", 2025, "QD-1/2025"));
        assertThat(detail(transition(own(), sameAchievement, "submit", null).andExpect(status(409)).andReturn()))
                .contains("R-GEN-01").contains(first);

        // recalling the first frees the subject
        transition(own(), first, "recall", "{\"reason\": \"Đề nghị nhầm hình thức\"}").andExpect(status(200));
        assertThat(lastPayload(outbox(first), "dossier-recalled")).containsEntry("reason", "Đề nghị nhầm hình thức");
        transition(own(), second, "submit", null).andExpect(status(200));
    }

    @Test
    void a_quota_overrun_and_a_closed_window_are_refused() throws Exception {
        planEvents.accept(EventMessages.fixture(EventTypes.MOVEMENT_LAUNCHED, MOVEMENT, 1));
        clock.set(LocalDate.of(2025, 11, 20));
        String batch = createBatch(own(), MOVEMENT);
        String[] ids = new String[4];
        for (int i = 0; i < 4; i++) {
            ids[i] = complete(("{\"batchId\": \"%s\", " + person("Người thứ " + (i + 1), null, "BK_TINH", 2025,
                    null).strip().substring(1)).formatted(batch).replace("\"year\": 2025}",
                    "\"year\": 2025, \"movementId\": \"" + MOVEMENT + "\"}"));
        }
        for (int i = 0; i < 3; i++) {
            transition(own(), ids[i], "submit", null).andExpect(status(200));
        }
        var overrun = transition(own(), ids[3], "submit", null).andExpect(status(409)).andReturn();
        assertThat(detail(overrun)).contains("R-DL-03");

        transition(own(), ids[0], "recall", null).andExpect(status(200));
        clock.set(LocalDate.of(2025, 12, 11));
        assertThat(detail(transition(own(), ids[3], "submit", null).andExpect(status(409)).andReturn()))
                .as("a free place, but the window closed on 10/12").contains("R-DL-03");
    }

    @Test
    void a_unit_dissolved_in_the_2025_reorganisation_cannot_be_nominated() throws Exception {
        String district = ContractSchemas.fixture(EventTypes.UNIT_REGISTERED)
                .replace("\"SGDDT\"", "\"HUYENMOCCHAU\"").replace("\"DEPARTMENT\"", "\"DISTRICT\"")
                .replace("\"2030-12-31\"", "\"2025-06-30\"").replace("\"2025-07-01\"", "\"2000-01-01\"");
        planEvents.accept(EventMessages.of(EventTypes.UNIT_REGISTERED, "HUYENMOCCHAU", 1, district));
        clock.set(LocalDate.of(2025, 12, 1));
        String id = complete(person("Vũ Thị Lan", null, "CSTDCS", 2025, null)
                .replace("\"position\": \"Giáo viên\"", "\"position\": \"Giáo viên\", \"unitCode\": \"HUYENMOCCHAU\""));
        assertThat(detail(transition(own(), id, "submit", null).andExpect(status(409)).andReturn()))
                .contains("R-GEN-10");
    }
}
