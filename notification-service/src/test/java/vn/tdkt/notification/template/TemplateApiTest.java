package vn.tdkt.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.platformtest.security.TestTokens;

/** Templates are data: seeded from resources, previewed with a sample event, edited by an administrator. */
class TemplateApiTest extends NotificationServiceTest {

    @Test
    void everyKindHasASeededTemplateInBothLanguagesAndEachPreviewsWithItsSampleEvent() throws Exception {
        mvc.perform(get("/api/v1/templates").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(NoticeKind.values().length * Language.values().length));
        for (NoticeKind kind : NoticeKind.values()) {
            for (Language language : Language.values()) {
                mvc.perform(post("/api/v1/templates/{id}/preview", kind.name() + "." + language.tag())
                                .with(TestTokens.snvOfficer()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.subject").value(org.hamcrest.Matchers.startsWith("[TĐKT] ")))
                        .andExpect(jsonPath("$.body").isNotEmpty());
            }
        }
        mvc.perform(post("/api/v1/templates/{id}/preview", "TASK_DUE.vi").with(TestTokens.admin()))
                .andExpect(jsonPath("$.subject").value(
                        "[TĐKT] Nhiệm vụ sắp đến hạn 30/06/2025 (còn 7 ngày)"));
    }

    @Test
    void anAdministratorsEditIsANewRevisionUsedForTheNextNotice() throws Exception {
        String id = "REGISTRATION_RETURNED.vi";
        String etag = mvc.perform(get("/api/v1/templates/{id}", id).with(TestTokens.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("SEED"))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        String edit = """
                {"subject":"[TĐKT] Trả lại đăng ký: {{movementName}}","body":"Lý do: {{reason}}"}""";

        // a draft previews without being saved; a broken one is refused, naming the problem
        mvc.perform(post("/api/v1/templates/{id}/preview", id).with(TestTokens.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value(
                        "Lý do: Số đăng ký Cờ thi đua vượt chỉ tiêu của khối; đề nghị rà soát lại."));
        mvc.perform(put("/api/v1/templates/{id}", id).with(TestTokens.admin()).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"[TĐKT] {{khongCoBien}}\",\"body\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("template.invalid"));

        // when: saved
        mvc.perform(put("/api/v1/templates/{id}", id).with(TestTokens.admin()).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.source").value("EDIT"));
        // a stale tag changes nothing
        mvc.perform(put("/api/v1/templates/{id}", id).with(TestTokens.admin()).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/v1/templates/{id}/versions", id).with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$[*].revision").value(org.hamcrest.Matchers.contains(2, 1)));

        // then: the next notice uses it (the movement's name is known from its launch)
        clock.set(LocalDateTime.of(2025, 2, 12, 10, 0));
        deliver(EventTypes.MOVEMENT_LAUNCHED, "movement-1", fixture(EventTypes.MOVEMENT_LAUNCHED));
        String unit = registeredUnit("TP");
        deliverTo(unit, EventTypes.REGISTRATION_RETURNED, "reg-1");
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.items[0].title").value(
                        "[TĐKT] Trả lại đăng ký: Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã "
                                + "hội năm 2025"));
    }

    @Test
    void anUnknownTemplateIsNotFoundAndOnlyAnAdministratorEdits() throws Exception {
        mvc.perform(get("/api/v1/templates/{id}", "KHONG_CO.vi").with(TestTokens.admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("template.not-found"));
        mvc.perform(put("/api/v1/templates/{id}", "TASK_DUE.vi").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"a\",\"body\":\"b\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/templates/{id}", "TASK_DUE.vi").with(TestTokens.admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\" \",\"body\":\"b\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("template.subject-invalid"));
        assertThat(NoticeKind.values()).isNotEmpty();
    }
}
