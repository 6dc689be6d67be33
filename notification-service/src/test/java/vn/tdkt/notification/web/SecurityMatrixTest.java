package vn.tdkt.notification.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.persistence.DeliveryStore;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.support.NotificationServiceTest;
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
    static final String JSON = "application/json";
    static final RequestPostProcessor ANONYMOUS = null;

    @Autowired DeliveryStore deliveries;

    record Case(String name, HttpMethod method, String path, String body, RequestPostProcessor caller, int status) {
        @Override
        public String toString() {
            return name + " → " + status;
        }
    }

    static Case c(String name, HttpMethod method, String path, RequestPostProcessor caller, int status) {
        return new Case(name, method, path, null, caller, status);
    }

    static Case c(String name, HttpMethod method, String path, String body, RequestPostProcessor caller, int status) {
        return new Case(name, method, path, body, caller, status);
    }

    static Stream<Case> matrix() {
        var own = TestTokens.unitOfficer(OWN);
        var other = TestTokens.unitOfficer(OTHER);
        var lower = TestTokens.councilMember();
        var snv = TestTokens.snvOfficer();
        var admin = TestTokens.admin();
        String webhook = "{\"url\":\"http://127.0.0.1:9/hooks\",\"eventTypes\":[\"award-revoked\"]}";
        String webhookOther = "{\"unitCode\":\"" + OTHER + "\",\"url\":\"http://127.0.0.1:9/h\",\"eventTypes\":[\"task-due\"]}";
        String preferences = "{\"dailyDigest\":false}";
        String template = "{\"subject\":\"[TĐKT] Task cancelled: {{content}}\",\"body\":\"{{content}}\"}";
        List<Case> cases = new ArrayList<>(List.of(
                // inbox
                c("inbox own", HttpMethod.GET, "/api/v1/inbox", own, 200),
                c("inbox other", HttpMethod.GET, "/api/v1/inbox?unit=" + OTHER, own, 404),
                c("inbox snv any", HttpMethod.GET, "/api/v1/inbox?unit=" + OTHER, snv, 200),
                c("inbox lower", HttpMethod.GET, "/api/v1/inbox", lower, 403),
                c("inbox anonymous", HttpMethod.GET, "/api/v1/inbox", ANONYMOUS, 401),
                c("read entry own", HttpMethod.POST, "/api/v1/inbox/{entry}/read", own, 200),
                c("read entry other", HttpMethod.POST, "/api/v1/inbox/{entry}/read", other, 404),
                c("read entry lower", HttpMethod.POST, "/api/v1/inbox/{entry}/read", lower, 403),
                c("read entry anonymous", HttpMethod.POST, "/api/v1/inbox/{entry}/read", ANONYMOUS, 401),
                // recipients directory
                c("recipients snv", HttpMethod.GET, "/api/v1/recipients", snv, 200),
                c("recipients unit officer", HttpMethod.GET, "/api/v1/recipients", own, 403),
                c("recipients lower", HttpMethod.GET, "/api/v1/recipients", lower, 403),
                c("recipients anonymous", HttpMethod.GET, "/api/v1/recipients", ANONYMOUS, 401),
                c("recipient own", HttpMethod.GET, "/api/v1/recipients/" + OWN, own, 200),
                c("recipient other", HttpMethod.GET, "/api/v1/recipients/" + OWN, other, 404),
                c("recipient lower", HttpMethod.GET, "/api/v1/recipients/" + OWN, lower, 403),
                c("recipient anonymous", HttpMethod.GET, "/api/v1/recipients/" + OWN, ANONYMOUS, 401),
                // preferences
                c("preferences own", HttpMethod.GET, "/api/v1/preferences?unit=" + OWN, own, 200),
                c("preferences other", HttpMethod.GET, "/api/v1/preferences?unit=" + OWN, other, 404),
                c("preferences lower", HttpMethod.GET, "/api/v1/preferences?unit=" + OWN, lower, 403),
                c("preferences anonymous", HttpMethod.GET, "/api/v1/preferences?unit=" + OWN, ANONYMOUS, 401),
                c("preference own", HttpMethod.GET, "/api/v1/preferences/" + OWN + "/head", own, 200),
                c("preference other", HttpMethod.GET, "/api/v1/preferences/" + OWN + "/head", other, 404),
                c("preference lower", HttpMethod.GET, "/api/v1/preferences/" + OWN + "/head", lower, 403),
                c("preference anonymous", HttpMethod.GET, "/api/v1/preferences/" + OWN + "/head", ANONYMOUS, 401),
                c("change preference own", HttpMethod.PUT, "/api/v1/preferences/" + OWN + "/unit", preferences, own, 200),
                c("change preference snv", HttpMethod.PUT, "/api/v1/preferences/" + OWN + "/unit", preferences, snv, 200),
                c("change preference other", HttpMethod.PUT, "/api/v1/preferences/" + OWN + "/unit", preferences, other, 404),
                c("change preference lower", HttpMethod.PUT, "/api/v1/preferences/" + OWN + "/unit", preferences, lower, 403),
                c("change preference anonymous", HttpMethod.PUT, "/api/v1/preferences/" + OWN + "/unit", preferences,
                        ANONYMOUS, 401),
                // webhooks
                c("subscribe own", HttpMethod.POST, "/api/v1/webhooks", webhook, own, 201),
                c("subscribe for another unit", HttpMethod.POST, "/api/v1/webhooks", webhookOther, own, 404),
                c("subscribe province-wide as unit", HttpMethod.POST, "/api/v1/webhooks",
                        "{\"audience\":\"PROVINCE\",\"url\":\"http://127.0.0.1:9/h\",\"eventTypes\":[\"task-due\"]}",
                        own, 403),
                c("subscribe lower", HttpMethod.POST, "/api/v1/webhooks", webhook, lower, 403),
                c("subscribe anonymous", HttpMethod.POST, "/api/v1/webhooks", webhook, ANONYMOUS, 401),
                c("list webhooks own", HttpMethod.GET, "/api/v1/webhooks", own, 200),
                c("list webhooks other", HttpMethod.GET, "/api/v1/webhooks?unit=" + OTHER, own, 404),
                c("list webhooks lower", HttpMethod.GET, "/api/v1/webhooks", lower, 403),
                c("list webhooks anonymous", HttpMethod.GET, "/api/v1/webhooks", ANONYMOUS, 401),
                c("get webhook own", HttpMethod.GET, "/api/v1/webhooks/{sub}", own, 200),
                c("get webhook other", HttpMethod.GET, "/api/v1/webhooks/{sub}", other, 404),
                c("get webhook lower", HttpMethod.GET, "/api/v1/webhooks/{sub}", lower, 403),
                c("get webhook anonymous", HttpMethod.GET, "/api/v1/webhooks/{sub}", ANONYMOUS, 401),
                c("change webhook own", HttpMethod.PUT, "/api/v1/webhooks/{sub}", webhook, own, 200),
                c("change webhook other", HttpMethod.PUT, "/api/v1/webhooks/{sub}", webhook, other, 404),
                c("change webhook lower", HttpMethod.PUT, "/api/v1/webhooks/{sub}", webhook, lower, 403),
                c("change webhook anonymous", HttpMethod.PUT, "/api/v1/webhooks/{sub}", webhook, ANONYMOUS, 401),
                c("delete webhook own", HttpMethod.DELETE, "/api/v1/webhooks/{sub}", own, 204),
                c("delete webhook other", HttpMethod.DELETE, "/api/v1/webhooks/{sub}", other, 404),
                c("delete webhook lower", HttpMethod.DELETE, "/api/v1/webhooks/{sub}", lower, 403),
                c("delete webhook anonymous", HttpMethod.DELETE, "/api/v1/webhooks/{sub}", ANONYMOUS, 401),
                c("rotate secret own", HttpMethod.POST, "/api/v1/webhooks/{sub}/secret", own, 200),
                c("rotate secret other", HttpMethod.POST, "/api/v1/webhooks/{sub}/secret", other, 404),
                c("rotate secret lower", HttpMethod.POST, "/api/v1/webhooks/{sub}/secret", lower, 403),
                c("rotate secret anonymous", HttpMethod.POST, "/api/v1/webhooks/{sub}/secret", ANONYMOUS, 401),
                c("enable webhook own", HttpMethod.POST, "/api/v1/webhooks/{sub}/enable", own, 200),
                c("enable webhook other", HttpMethod.POST, "/api/v1/webhooks/{sub}/enable", other, 404),
                c("enable webhook lower", HttpMethod.POST, "/api/v1/webhooks/{sub}/enable", lower, 403),
                c("enable webhook anonymous", HttpMethod.POST, "/api/v1/webhooks/{sub}/enable", ANONYMOUS, 401),
                // delivery log
                c("deliveries own", HttpMethod.GET, "/api/v1/deliveries", own, 200),
                c("deliveries snv", HttpMethod.GET, "/api/v1/deliveries", snv, 200),
                c("deliveries other", HttpMethod.GET, "/api/v1/deliveries?unit=" + OTHER, own, 404),
                c("deliveries lower", HttpMethod.GET, "/api/v1/deliveries", lower, 403),
                c("deliveries anonymous", HttpMethod.GET, "/api/v1/deliveries", ANONYMOUS, 401),
                c("delivery own", HttpMethod.GET, "/api/v1/deliveries/{delivery}", own, 200),
                c("delivery other", HttpMethod.GET, "/api/v1/deliveries/{delivery}", other, 404),
                c("delivery lower", HttpMethod.GET, "/api/v1/deliveries/{delivery}", lower, 403),
                c("delivery anonymous", HttpMethod.GET, "/api/v1/deliveries/{delivery}", ANONYMOUS, 401),
                c("replay own", HttpMethod.POST, "/api/v1/deliveries/{delivery}/replay", own, 200),
                c("replay admin", HttpMethod.POST, "/api/v1/deliveries/{delivery}/replay", admin, 200),
                c("replay other", HttpMethod.POST, "/api/v1/deliveries/{delivery}/replay", other, 404),
                c("replay lower", HttpMethod.POST, "/api/v1/deliveries/{delivery}/replay", lower, 403),
                c("replay anonymous", HttpMethod.POST, "/api/v1/deliveries/{delivery}/replay", ANONYMOUS, 401),
                // digests
                c("digests own", HttpMethod.GET, "/api/v1/digests", own, 200),
                c("digests other", HttpMethod.GET, "/api/v1/digests?unit=" + OTHER, own, 404),
                c("digests lower", HttpMethod.GET, "/api/v1/digests", lower, 403),
                c("digests anonymous", HttpMethod.GET, "/api/v1/digests", ANONYMOUS, 401),
                // templates
                c("templates snv", HttpMethod.GET, "/api/v1/templates", snv, 200),
                c("templates unit officer", HttpMethod.GET, "/api/v1/templates", own, 403),
                c("templates lower", HttpMethod.GET, "/api/v1/templates", lower, 403),
                c("templates anonymous", HttpMethod.GET, "/api/v1/templates", ANONYMOUS, 401),
                c("template snv", HttpMethod.GET, "/api/v1/templates/TASK_DUE.vi", snv, 200),
                c("template unit officer", HttpMethod.GET, "/api/v1/templates/TASK_DUE.vi", own, 403),
                c("template lower", HttpMethod.GET, "/api/v1/templates/TASK_DUE.vi", lower, 403),
                c("template anonymous", HttpMethod.GET, "/api/v1/templates/TASK_DUE.vi", ANONYMOUS, 401),
                c("template versions snv", HttpMethod.GET, "/api/v1/templates/TASK_DUE.vi/versions", snv, 200),
                c("template versions unit officer", HttpMethod.GET, "/api/v1/templates/TASK_DUE.vi/versions", own, 403),
                c("template versions lower", HttpMethod.GET, "/api/v1/templates/TASK_DUE.vi/versions", lower, 403),
                c("template versions anonymous", HttpMethod.GET, "/api/v1/templates/TASK_DUE.vi/versions", ANONYMOUS,
                        401),
                c("edit template admin", HttpMethod.PUT, "/api/v1/templates/TASK_CANCELLED.en", template, admin, 200),
                c("edit template snv", HttpMethod.PUT, "/api/v1/templates/TASK_CANCELLED.en", template, snv, 403),
                c("edit template unit officer", HttpMethod.PUT, "/api/v1/templates/TASK_CANCELLED.en", template, own,
                        403),
                c("edit template anonymous", HttpMethod.PUT, "/api/v1/templates/TASK_CANCELLED.en", template,
                        ANONYMOUS, 401),
                c("preview template snv", HttpMethod.POST, "/api/v1/templates/TASK_DUE.en/preview", snv, 200),
                c("preview template unit officer", HttpMethod.POST, "/api/v1/templates/TASK_DUE.en/preview", own, 403),
                c("preview template lower", HttpMethod.POST, "/api/v1/templates/TASK_DUE.en/preview", lower, 403),
                c("preview template anonymous", HttpMethod.POST, "/api/v1/templates/TASK_DUE.en/preview", ANONYMOUS,
                        401)));
        return cases.stream();
    }

    @BeforeEach
    void units() {
        clock.set(LocalDateTime.of(2025, 3, 3, 9, 0));
        registerUnit(OWN, "UBND");
        registerUnit(OTHER, "UBND");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void endpoint(Case c) throws Exception {
        String path = c.path();
        if (path.contains("{entry}")) {
            path = path.replace("{entry}", freshDelivery(Channel.INBOX));
        }
        if (path.contains("{delivery}")) {
            path = path.replace("{delivery}", freshDelivery(Channel.EMAIL));
        }
        if (path.contains("{sub}")) {
            path = path.replace("{sub}", freshSubscription());
        }
        MockHttpServletRequestBuilder request = request(c.method(), path);
        if (c.body() != null) {
            request.contentType(JSON).content(c.body());
        }
        if (c.caller() != null) {
            request.with(c.caller());
        }
        mvc.perform(request).andExpect(status().is(c.status()));
    }

    /** A notice to OWN, sent: its inbox entry, or its e-mail delivery. */
    private String freshDelivery(Channel channel) {
        String event = deliver(EventTypes.REPORT_DUE, "duty-sec", fixture(EventTypes.REPORT_DUE,
                "\"unitCode\": \"SYT\"", "\"unitCode\": \"" + OWN + "\"", "\"dutyId\": \"0195f3a2-7c1e-7a00-8000-000000000a01\"",
                "\"dutyId\": \"" + java.util.UUID.randomUUID() + "\""));
        dispatcher.dispatchDue();
        return deliveries.ofSourceEvent(event).stream().filter(d -> d.channel() == channel).map(Delivery::id)
                .findFirst().orElseThrow();
    }

    private String freshSubscription() throws Exception {
        String body = mvc.perform(request(HttpMethod.POST, "/api/v1/webhooks").with(TestTokens.unitOfficer(OWN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"http://127.0.0.1:9/hooks\",\"eventTypes\":[\"award-revoked\"]}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
