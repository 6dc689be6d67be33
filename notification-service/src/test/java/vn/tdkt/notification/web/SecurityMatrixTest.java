package vn.tdkt.notification.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.ADMIN;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.JSON;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.NO_UNIT;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.SNV;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.unitOfficer;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Caller;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Every endpoint × (own unit, other unit, lower role, anonymous): a unit officer reaches only their unit's inbox,
 * preferences, webhooks, deliveries and digests (another unit's answers 404); templates are Sở Nội vụ's and the
 * administrator's (edits: the administrator's); no token answers 401. Placeholders are fresh resources of the
 * officer's unit {@code OWN}, made for each row.
 */
class SecurityMatrixTest extends NotificationServiceTest {

    static final String OWN = "SECOWN";
    static final String OTHER = "SECOTHER";
    static final Caller OWN_OFFICER = unitOfficer("own", OWN);
    static final Caller OTHER_OFFICER = unitOfficer("other", OTHER);
    /** A role that has no business here. */
    static final Caller LOWER = new Caller("lower", TestTokens.councilMember());
    static final Caller UNIT_OFFICER = unitOfficer("unit officer", OWN);
    /** The own unit's officer asking for another unit's list ({@code ?unit=OTHER}). */
    static final Caller FOR_OTHER_UNIT = unitOfficer("other", OWN);

    static Stream<Row> matrix() {
        String webhook = "{\"url\":\"http://127.0.0.1:9/hooks\",\"eventTypes\":[\"award-revoked\"]}";
        String webhookOther = "{\"unitCode\":\"" + OTHER + "\",\"url\":\"http://127.0.0.1:9/h\",\"eventTypes\":[\"task-due\"]}";
        String provinceWide = "{\"audience\":\"PROVINCE\",\"url\":\"http://127.0.0.1:9/h\",\"eventTypes\":[\"task-due\"]}";
        String preferences = "{\"dailyDigest\":false}";
        String template = "{\"subject\":\"[TĐKT] Task cancelled: {{content}}\",\"body\":\"{{content}}\"}";
        String preference = "/api/v1/preferences/" + OWN + "/unit";
        // a resource of the unit OWN: its officer gets it, another unit's officer 404; a list of the caller's own
        // unit: asking for another unit's (?unit=OTHER) answers 404; Sở Nội vụ's: a unit officer 403
        return rows(
                // inbox
                endpoint("inbox", GET, "/api/v1/inbox", OWN_OFFICER, 200, LOWER, 403),
                endpoint("inbox of another unit", GET, "/api/v1/inbox?unit=" + OTHER, FOR_OTHER_UNIT, 404, SNV, 200),
                endpoint("read entry", POST, "/api/v1/inbox/{entry}/read", OWN_OFFICER, 200, OTHER_OFFICER, 404,
                        SNV, 404, LOWER, 403),
                // recipients directory
                endpoint("recipients", GET, "/api/v1/recipients", SNV, 200, UNIT_OFFICER, 403, LOWER, 403),
                endpoint("recipient", GET, "/api/v1/recipients/" + OWN, OWN_OFFICER, 200, OTHER_OFFICER, 404,
                        LOWER, 403),
                // preferences
                endpoint("preferences", GET, "/api/v1/preferences?unit=" + OWN, OWN_OFFICER, 200, OTHER_OFFICER, 404,
                        LOWER, 403),
                endpoint("preference", GET, "/api/v1/preferences/" + OWN + "/head", OWN_OFFICER, 200,
                        OTHER_OFFICER, 404, LOWER, 403),
                endpoint("change preference", PUT, preference, JSON, preferences, OWN_OFFICER, 200, OTHER_OFFICER, 404,
                        SNV, 200, LOWER, 403),
                // webhooks
                endpoint("subscribe", POST, "/api/v1/webhooks", JSON, webhook, OWN_OFFICER, 201, LOWER, 403),
                endpoint("subscribe for another unit", POST, "/api/v1/webhooks", JSON, webhookOther, OWN_OFFICER,
                        404),
                endpoint("subscribe province-wide as unit", POST, "/api/v1/webhooks", JSON, provinceWide,
                        OWN_OFFICER, 403),
                endpoint("list webhooks", GET, "/api/v1/webhooks", OWN_OFFICER, 200, LOWER, 403, NO_UNIT, 403),
                endpoint("webhooks of another unit", GET, "/api/v1/webhooks?unit=" + OTHER, FOR_OTHER_UNIT, 404),
                endpoint("get webhook", GET, "/api/v1/webhooks/{sub}", OWN_OFFICER, 200, OTHER_OFFICER, 404,
                        LOWER, 403),
                endpoint("change webhook", PUT, "/api/v1/webhooks/{sub}", JSON, webhook, OWN_OFFICER, 200,
                        OTHER_OFFICER, 404, LOWER, 403),
                endpoint("delete webhook", DELETE, "/api/v1/webhooks/{sub}", OWN_OFFICER, 204,
                        OTHER_OFFICER, 404, LOWER, 403),
                endpoint("rotate secret", POST, "/api/v1/webhooks/{sub}/secret", OWN_OFFICER, 200, OTHER_OFFICER, 404,
                        LOWER, 403),
                endpoint("enable webhook", POST, "/api/v1/webhooks/{sub}/enable", OWN_OFFICER, 200, OTHER_OFFICER,
                        404, LOWER, 403),
                // delivery log
                endpoint("deliveries", GET, "/api/v1/deliveries", OWN_OFFICER, 200, SNV, 200, LOWER, 403, NO_UNIT, 403),
                endpoint("deliveries of another unit", GET, "/api/v1/deliveries?unit=" + OTHER, FOR_OTHER_UNIT, 404),
                endpoint("delivery", GET, "/api/v1/deliveries/{delivery}", OWN_OFFICER, 200, OTHER_OFFICER, 404,
                        LOWER, 403),
                endpoint("replay", POST, "/api/v1/deliveries/{delivery}/replay", OWN_OFFICER, 200, OTHER_OFFICER, 404,
                        ADMIN, 200, LOWER, 403),
                // digests
                endpoint("digests", GET, "/api/v1/digests", OWN_OFFICER, 200, LOWER, 403, NO_UNIT, 403),
                endpoint("digests of another unit", GET, "/api/v1/digests?unit=" + OTHER, FOR_OTHER_UNIT, 404),
                // templates
                endpoint("templates", GET, "/api/v1/templates", SNV, 200, UNIT_OFFICER, 403, LOWER, 403),
                endpoint("template", GET, "/api/v1/templates/TASK_DUE.vi", SNV, 200, UNIT_OFFICER, 403, LOWER, 403),
                endpoint("template versions", GET, "/api/v1/templates/TASK_DUE.vi/versions", SNV, 200, UNIT_OFFICER,
                        403, LOWER, 403),
                endpoint("edit template", PUT, "/api/v1/templates/TASK_CANCELLED.en", JSON, template, ADMIN, 200,
                        SNV, 403, UNIT_OFFICER, 403),
                endpoint("preview template", POST, "/api/v1/templates/TASK_DUE.en/preview", SNV, 200, UNIT_OFFICER,
                        403, LOWER, 403));
    }

    @BeforeEach
    void units() {
        clock.set(LocalDateTime.of(2025, 3, 3, 9, 0));
        registerUnit(OWN, "UBND");
        registerUnit(OTHER, "UBND");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void endpoint_answers_by_role_and_unit(Row row) throws Exception {
        Map<String, String> ids = new HashMap<>();
        if (row.path().contains("{entry}")) {
            ids.put("{entry}", freshDelivery(Channel.INBOX));
        }
        if (row.path().contains("{delivery}")) {
            ids.put("{delivery}", freshDelivery(Channel.EMAIL));
        }
        if (row.path().contains("{sub}")) {
            ids.put("{sub}", freshSubscription());
        }
        mvc.perform(row.request(text -> {
            for (Map.Entry<String, String> id : ids.entrySet()) {
                text = text.replace(id.getKey(), id.getValue());
            }
            return text;
        })).andExpect(status().is(row.status()));
    }

    /** A notice to OWN, sent: its inbox entry, or its e-mail delivery. */
    private String freshDelivery(Channel channel) {
        String event = deliverTo(OWN, EventTypes.REPORT_DUE, "duty-sec",
                "\"dutyId\": \"0195f3a2-7c1e-7a00-8000-000000000a01\"",
                "\"dutyId\": \"" + java.util.UUID.randomUUID() + "\"");
        dispatcher.dispatchDue();
        return delivery(event, channel).id();
    }

    private String freshSubscription() throws Exception {
        String body = mvc.perform(request(POST, "/api/v1/webhooks").with(TestTokens.unitOfficer(OWN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"http://127.0.0.1:9/hooks\",\"eventTypes\":[\"award-revoked\"]}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
