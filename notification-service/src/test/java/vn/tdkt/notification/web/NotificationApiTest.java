package vn.tdkt.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.AbstractServiceTest;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.security.TestTokens;

class NotificationApiTest extends AbstractServiceTest {

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("nominationEvents") Consumer<Message<byte[]>> nominationEvents;

    @Test
    void aUnitOfficerPagesThroughTheOwnInboxNewestFirstWithSizeCapped() throws Exception {
        // given
        String unit = freshUnit();
        for (int i = 0; i < 3; i++) {
            appraisalFor(unit);
        }

        // then: no unit parameter means the caller's own unit; size is capped at 100
        mvc.perform(get("/api/v1/inbox").param("size", "500").with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[*].unitCode", everyItem(is(unit))))
                .andExpect(jsonPath("$.items[0].kind").value("DOSSIER_APPRAISED"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("Kết quả thẩm định"));
        mvc.perform(get("/api/v1/inbox").param("unit", unit).param("page", "1").param("size", "2")
                        .with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/v1/inbox").param("page", "-1").with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("page.invalid"));
    }

    @Test
    void markingReadIsKeptOnceAndFiltersTheUnreadList() throws Exception {
        // given
        String unit = freshUnit();
        appraisalFor(unit);
        appraisalFor(unit);
        String body = mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.items[0].id");

        // when
        String first = mvc.perform(post("/api/v1/inbox/{id}/read", id).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(true))
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/v1/inbox/{id}/read", id).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        // then
        assertThat((String) JsonPath.read(second, "$.readAt")).isEqualTo(JsonPath.read(first, "$.readAt"));
        mvc.perform(get("/api/v1/inbox").param("unreadOnly", "true").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].read").value(false));
        mvc.perform(post("/api/v1/inbox/{id}/read", "no-such-entry").with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("inbox.entry-not-found"));
    }

    @Test
    void anotherUnitsInboxIsForbiddenWithALocalisedProblem() throws Exception {
        mvc.perform(get("/api/v1/inbox").param("unit", "SNV").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("inbox.other-unit"))
                .andExpect(jsonPath("$.detail").value(
                        "Bạn chỉ được xem hộp thông báo của đơn vị mình, không được xem của đơn vị SNV."));
        mvc.perform(get("/api/v1/inbox").param("unit", "SNV").with(TestTokens.unitOfficer("SYT"))
                        .locale(Locale.ENGLISH).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.detail").value(
                        "You may only read your own unit's inbox, not the inbox of unit SNV."));
    }

    @Test
    void defaultRecipientsAreSeededAndEditedWithVersionChecks() throws Exception {
        // seeded from application.yml
        mvc.perform(get("/api/v1/recipients/PCHIENGLE").with(TestTokens.unitOfficer("PCHIENGLE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("tdkt@chiengle.sonla.gov.vn"));
        for (String unit : new String[] {"SNV", "VPUBND", "SGDDT", "SYT", "PCHIENGLE", "UBND"}) {
            mvc.perform(get("/api/v1/recipients/{unit}", unit).with(TestTokens.snvOfficer()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.email").value("tdkt@" + (unit.equals("PCHIENGLE") ? "chiengle" : unit.toLowerCase())
                            + ".sonla.gov.vn"));
        }

        // create a new unit's entry, then update it with the right and with a stale version
        String unit = freshUnit();
        // a version of an entry that does not exist yet is a failed precondition, not a creation
        mvc.perform(put("/api/v1/recipients/{unit}", unit).with(TestTokens.snvOfficer()).header(HttpHeaders.IF_MATCH, "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"tdkt@moi.sonla.gov.vn\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/v1/recipients/{unit}", unit).with(TestTokens.snvOfficer())).andExpect(status().isNotFound());
        String etag = mvc.perform(put("/api/v1/recipients/{unit}", unit).with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"tdkt@moi.sonla.gov.vn\"}"))
                .andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(jsonPath("$.headEmail").doesNotExist())
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        mvc.perform(put("/api/v1/recipients/{unit}", unit).with(TestTokens.admin()).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"vanthu@moi.sonla.gov.vn\",\"headEmail\":\"thutruong@moi.sonla.gov.vn\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headEmail").value("thutruong@moi.sonla.gov.vn"));
        mvc.perform(put("/api/v1/recipients/{unit}", unit).with(TestTokens.snvOfficer()).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"khac@moi.sonla.gov.vn\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/v1/recipients/{unit}", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.email").value("vanthu@moi.sonla.gov.vn"));
    }

    @Test
    void invalidRecipientInputIsRejected() throws Exception {
        mvc.perform(put("/api/v1/recipients/SYT").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"khong-phai-email\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"));
        mvc.perform(put("/api/v1/recipients/khong-hop-le").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"a@sonla.gov.vn\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("recipient.unit-invalid"));
        mvc.perform(get("/api/v1/recipients/HDTDKT").with(TestTokens.snvOfficer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("recipient.not-found"));
    }

    @Test
    void theDeliveryLogListsEachEntrysEmailForSnv() throws Exception {
        // given: e-mail is off in this context, so the delivery is recorded as SKIPPED
        String unit = freshUnit();
        appraisalFor(unit);

        // then
        mvc.perform(get("/api/v1/deliveries").param("unit", unit).with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("SKIPPED"))
                .andExpect(jsonPath("$.items[0].statusLabel").value("Không gửi"))
                .andExpect(jsonPath("$.items[0].attempts").value(0));
        mvc.perform(get("/api/v1/deliveries").param("status", "SKIPPED").param("size", "1000")
                        .with(TestTokens.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.items[*].unitCode", hasItem(unit)));
    }

    private void appraisalFor(String unit) {
        String payload = ContractSchemas.fixture(EventTypes.DOSSIER_APPRAISED)
                .replace("\"unitCode\": \"SGDDT\"", "\"unitCode\": \"" + unit + "\"");
        assertThat(payload).contains(unit);
        nominationEvents.accept(EventMessages.of(EventTypes.DOSSIER_APPRAISED, "dossier-" + unit, 1, payload));
    }

    private static String freshUnit() {
        return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }
}
