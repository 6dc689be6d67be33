package vn.tdkt.notification.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventTypes;
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
    static final RequestPostProcessor OWN_OFFICER = TestTokens.unitOfficer(OWN);
    static final RequestPostProcessor OTHER_OFFICER = TestTokens.unitOfficer(OTHER);
    static final RequestPostProcessor LOWER = TestTokens.councilMember();
    static final RequestPostProcessor SNV = TestTokens.snvOfficer();
    static final RequestPostProcessor ADMIN = TestTokens.admin();


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

    /** Without a token 401; with a role that has no business here 403. */
    static Stream<Case> lowerAndAnonymous(String name, HttpMethod method, String path, String body) {
        return Stream.of(c(name + " lower", method, path, body, LOWER, 403),
                c(name + " anonymous", method, path, body, ANONYMOUS, 401));
    }

    /** A resource of the unit {@code OWN}: its officer gets {@code ok}, another unit's officer 404. */
    static Stream<Case> ownResource(String name, HttpMethod method, String path, String body, int ok) {
        return Stream.concat(Stream.of(c(name + " own", method, path, body, OWN_OFFICER, ok),
                c(name + " other", method, path, body, OTHER_OFFICER, 404)), lowerAndAnonymous(name, method, path, body));
    }

    static Stream<Case> ownResource(String name, HttpMethod method, String path, int ok) {
        return ownResource(name, method, path, null, ok);
    }

    /** A list of the caller's own unit: asking for another unit's ({@code ?unit=OTHER}) answers 404. */
    static Stream<Case> ownUnitList(String name, String path) {
        return Stream.concat(Stream.of(c(name + " own", HttpMethod.GET, path, OWN_OFFICER, 200),
                c(name + " other", HttpMethod.GET, path + "?unit=" + OTHER, OWN_OFFICER, 404)),
                lowerAndAnonymous(name, HttpMethod.GET, path, null));
    }

    /** Sở Nội vụ's (and the administrator's): a unit officer 403 like a lower role. */
    static Stream<Case> provinceOnly(String name, HttpMethod method, String path) {
        return Stream.concat(Stream.of(c(name + " snv", method, path, SNV, 200),
                c(name + " unit officer", method, path, OWN_OFFICER, 403)), lowerAndAnonymous(name, method, path, null));
    }

    static Stream<Case> matrix() {
        String webhook = "{\"url\":\"http://127.0.0.1:9/hooks\",\"eventTypes\":[\"award-revoked\"]}";
        String webhookOther = "{\"unitCode\":\"" + OTHER + "\",\"url\":\"http://127.0.0.1:9/h\",\"eventTypes\":[\"task-due\"]}";
        String preferences = "{\"dailyDigest\":false}";
        String template = "{\"subject\":\"[TĐKT] Task cancelled: {{content}}\",\"body\":\"{{content}}\"}";
        String preference = "/api/v1/preferences/" + OWN + "/unit";
        return Stream.of(
                // inbox
                ownUnitList("inbox", "/api/v1/inbox"),
                Stream.of(c("inbox snv any", HttpMethod.GET, "/api/v1/inbox?unit=" + OTHER, SNV, 200)),
                ownResource("read entry", HttpMethod.POST, "/api/v1/inbox/{entry}/read", 200),
                // recipients directory
                provinceOnly("recipients", HttpMethod.GET, "/api/v1/recipients"),
                ownResource("recipient", HttpMethod.GET, "/api/v1/recipients/" + OWN, 200),
                // preferences
                ownResource("preferences", HttpMethod.GET, "/api/v1/preferences?unit=" + OWN, 200),
                ownResource("preference", HttpMethod.GET, "/api/v1/preferences/" + OWN + "/head", 200),
                ownResource("change preference", HttpMethod.PUT, preference, preferences, 200),
                Stream.of(c("change preference snv", HttpMethod.PUT, preference, preferences, SNV, 200)),
                // webhooks
                Stream.of(c("subscribe own", HttpMethod.POST, "/api/v1/webhooks", webhook, OWN_OFFICER, 201),
                        c("subscribe for another unit", HttpMethod.POST, "/api/v1/webhooks", webhookOther, OWN_OFFICER,
                                404),
                        c("subscribe province-wide as unit", HttpMethod.POST, "/api/v1/webhooks",
                                "{\"audience\":\"PROVINCE\",\"url\":\"http://127.0.0.1:9/h\",\"eventTypes\":[\"task-due\"]}",
                                OWN_OFFICER, 403)),
                lowerAndAnonymous("subscribe", HttpMethod.POST, "/api/v1/webhooks", webhook),
                ownUnitList("list webhooks", "/api/v1/webhooks"),
                ownResource("get webhook", HttpMethod.GET, "/api/v1/webhooks/{sub}", 200),
                ownResource("change webhook", HttpMethod.PUT, "/api/v1/webhooks/{sub}", webhook, 200),
                ownResource("delete webhook", HttpMethod.DELETE, "/api/v1/webhooks/{sub}", 204),
                ownResource("rotate secret", HttpMethod.POST, "/api/v1/webhooks/{sub}/secret", 200),
                ownResource("enable webhook", HttpMethod.POST, "/api/v1/webhooks/{sub}/enable", 200),
                // delivery log
                ownUnitList("deliveries", "/api/v1/deliveries"),
                Stream.of(c("deliveries snv", HttpMethod.GET, "/api/v1/deliveries", SNV, 200)),
                ownResource("delivery", HttpMethod.GET, "/api/v1/deliveries/{delivery}", 200),
                ownResource("replay", HttpMethod.POST, "/api/v1/deliveries/{delivery}/replay", 200),
                Stream.of(c("replay admin", HttpMethod.POST, "/api/v1/deliveries/{delivery}/replay", ADMIN, 200)),
                // digests
                ownUnitList("digests", "/api/v1/digests"),
                // templates
                provinceOnly("templates", HttpMethod.GET, "/api/v1/templates"),
                provinceOnly("template", HttpMethod.GET, "/api/v1/templates/TASK_DUE.vi"),
                provinceOnly("template versions", HttpMethod.GET, "/api/v1/templates/TASK_DUE.vi/versions"),
                Stream.of(c("edit template admin", HttpMethod.PUT, "/api/v1/templates/TASK_CANCELLED.en", template, ADMIN,
                                200),
                        c("edit template snv", HttpMethod.PUT, "/api/v1/templates/TASK_CANCELLED.en", template, SNV, 403),
                        c("edit template unit officer", HttpMethod.PUT, "/api/v1/templates/TASK_CANCELLED.en", template,
                                OWN_OFFICER, 403),
                        c("edit template anonymous", HttpMethod.PUT, "/api/v1/templates/TASK_CANCELLED.en", template,
                                ANONYMOUS, 401)),
                provinceOnly("preview template", HttpMethod.POST, "/api/v1/templates/TASK_DUE.en/preview"))
                .flatMap(Function.identity());
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
        return delivery(event, channel).id();
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
