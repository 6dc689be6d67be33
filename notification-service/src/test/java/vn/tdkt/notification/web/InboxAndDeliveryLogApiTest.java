package vn.tdkt.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.notification.support.Units;
import vn.tdkt.platformtest.security.TestTokens;

class InboxAndDeliveryLogApiTest extends NotificationServiceTest {

    @Test
    void aUnitPagesThroughItsInboxNewestFirstAndMarksEntriesReadOnce() throws Exception {
        clock.set(LocalDateTime.of(2025, 12, 12, 9, 0));
        String unit = registeredUnit("IB");
        for (int i = 0; i < 3; i++) {
            clock.plus(java.time.Duration.ofMinutes(1));
            deliver(EventTypes.DOSSIER_APPRAISED, "dossier-" + i, fixture(EventTypes.DOSSIER_APPRAISED,
                    "\"unitCode\": \"SGDDT\"", "\"unitCode\": \"" + unit + "\"",
                    "\"dossierId\": \"0195f3a2-7c1e-7a00-8000-0000000000d1\"", "\"dossierId\": \"d" + i + "\""));
        }
        String page = mvc.perform(get("/api/v1/inbox").param("size", "500").with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].unitCode", everyItem(is(unit))))
                .andExpect(jsonPath("$.items[0].referenceId").value("d2"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("Kết quả thẩm định hồ sơ"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/inbox").param("page", "1").param("size", "2").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/inbox").param("page", "-1").with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("page.invalid"));

        String id = JsonPath.read(page, "$.items[0].id");
        String first = mvc.perform(post("/api/v1/inbox/{id}/read", id).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.read").value(true)).andReturn().getResponse().getContentAsString();
        clock.plus(java.time.Duration.ofMinutes(5));
        String second = mvc.perform(post("/api/v1/inbox/{id}/read", id).with(TestTokens.unitOfficer(unit)))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(second, "$.readAt")).isEqualTo(JsonPath.read(first, "$.readAt"));
        mvc.perform(get("/api/v1/inbox").param("unreadOnly", "true").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/inbox").param("unit", "SNV").with(TestTokens.unitOfficer(unit))
                        .locale(Locale.ENGLISH).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No inbox of unit SNV was found."));
    }

    @Test
    void theDeliveryLogFiltersByUnitChannelAndStatusAndShowsADeliverysHistory() throws Exception {
        clock.set(LocalDateTime.of(2025, 12, 12, 23, 0));
        String unit = registeredUnit("LG");
        deliverTo(unit, EventTypes.REPORT_DUE, "duty-l");

        String pending = mvc.perform(get("/api/v1/deliveries").param("channel", "EMAIL").param("status", "PENDING")
                        .with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].recipient").value("unit:" + unit))
                .andExpect(jsonPath("$.items[0].address").value(Units.email(unit)))
                .andExpect(jsonPath("$.items[0].body").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/deliveries").param("unit", unit).param("channel", "INBOX")
                        .with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("SENT"))
                .andExpect(jsonPath("$.items[0].statusLabel").value("Đã gửi"));
        String id = JsonPath.read(pending, "$.items[0].id");
        mvc.perform(get("/api/v1/deliveries/{id}", id).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.body").value(org.hamcrest.Matchers.containsString("đến hạn gửi ngày 15/06/2026")))
                .andExpect(jsonPath("$.history[0].outcome").value("DEFERRED"))
                .andExpect(jsonPath("$.notBefore").value("2025-12-12T23:30:00Z"));
        // a pending e-mail cannot be replayed: it has not been sent yet
        mvc.perform(post("/api/v1/deliveries/{id}/replay", id).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("delivery.not-replayable"));
    }
}
