package vn.tdkt.plan.movement;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.plan.movement.application.MovementService;
import vn.tdkt.plan.movement.domain.MovementData;
import vn.tdkt.plan.movement.domain.MovementKind;
import vn.tdkt.plan.movement.domain.Quota;
import vn.tdkt.plan.registration.application.RegistrationService;
import vn.tdkt.plan.registration.domain.RegistrationItem;
import vn.tdkt.plan.support.SeededRegistryTest;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Every movement and registration endpoint × (Sở Nội vụ, leader, own/participating unit, other unit, lower role, no
 * role, anonymous). Fresh fixtures per row: a launched movement of SGDDT and SYT, a draft one, and SGDDT's
 * registration for the launched one.
 */
class MovementSecurityTest extends SeededRegistryTest {

    static final TdktPrincipal SNV = new TdktPrincipal("snv-user", "SNV", Set.of(TdktRole.SNV_OFFICER));
    static final TdktPrincipal SGDDT = new TdktPrincipal("sgddt-user", "SGDDT", Set.of(TdktRole.UNIT_OFFICER));
    static final String MOVEMENT = """
            {"name":"Phong trào thi đua","kind":"REGULAR","period":{"from":"2025-01-15","to":"2025-12-31"},
             "participants":["SGDDT"],"awardForms":["BK_TINH"],"nominationWindow":{"from":"2025-11-01","to":"2025-12-10"}}
            """;
    static final String ITEMS = "{\"items\":[{\"awardCode\":\"BK_TINH\",\"count\":1}]}";
    static final String REASON = "{\"reason\":\"Bổ sung số lượng\"}";
    static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    @Autowired MovementService movements;
    @Autowired RegistrationService registrations;

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
        var snv = TestTokens.snvOfficer();
        var leader = TestTokens.leader();
        var own = TestTokens.unitOfficer("SGDDT");
        var participantOther = TestTokens.unitOfficer("SYT");
        var other = TestTokens.unitOfficer("PCHIENGLE");
        var none = TestTokens.noRole("SGDDT");
        var council = TestTokens.councilMember();
        String m = "/api/v1/movements";
        String r = "/api/v1/registrations";
        return Stream.of(
                c("create snv", HttpMethod.POST, m, MOVEMENT, snv, 201),
                c("create admin", HttpMethod.POST, m, MOVEMENT, TestTokens.admin(), 201),
                c("create unit officer", HttpMethod.POST, m, MOVEMENT, own, 403),
                c("create leader", HttpMethod.POST, m, MOVEMENT, leader, 403),
                c("create no role", HttpMethod.POST, m, MOVEMENT, none, 403),
                c("create anonymous", HttpMethod.POST, m, MOVEMENT, null, 401),
                c("list snv", HttpMethod.GET, m, snv, 200),
                c("list participant", HttpMethod.GET, m, own, 200),
                c("list other unit", HttpMethod.GET, m, other, 200),
                c("list no role", HttpMethod.GET, m, none, 403),
                c("list anonymous", HttpMethod.GET, m, null, 401),
                c("get snv", HttpMethod.GET, m + "/{launched}", snv, 200),
                c("get leader", HttpMethod.GET, m + "/{launched}", leader, 200),
                c("get participant", HttpMethod.GET, m + "/{launched}", own, 200),
                c("get other unit", HttpMethod.GET, m + "/{launched}", other, 404),
                c("get council member (not participating)", HttpMethod.GET, m + "/{launched}", council, 404),
                c("get draft participant", HttpMethod.GET, m + "/{draft}", own, 404),
                c("get draft leader", HttpMethod.GET, m + "/{draft}", leader, 404),
                c("get draft snv", HttpMethod.GET, m + "/{draft}", snv, 200),
                c("get no role", HttpMethod.GET, m + "/{launched}", none, 403),
                c("get anonymous", HttpMethod.GET, m + "/{launched}", null, 401),
                c("launch snv", HttpMethod.POST, m + "/{draft}/launch", snv, 200),
                c("launch participant", HttpMethod.POST, m + "/{draft}/launch", own, 403),
                c("launch leader", HttpMethod.POST, m + "/{draft}/launch", leader, 403),
                c("launch no role", HttpMethod.POST, m + "/{draft}/launch", none, 403),
                c("launch anonymous", HttpMethod.POST, m + "/{draft}/launch", null, 401),
                c("close snv", HttpMethod.POST, m + "/{launched}/close", snv, 200),
                c("close participant", HttpMethod.POST, m + "/{launched}/close", own, 403),
                c("close other unit", HttpMethod.POST, m + "/{launched}/close", other, 403),
                c("close no role", HttpMethod.POST, m + "/{launched}/close", none, 403),
                c("close anonymous", HttpMethod.POST, m + "/{launched}/close", null, 401),
                c("register participant", HttpMethod.POST, m + "/{launched}/registrations", ITEMS, participantOther, 201),
                c("register other unit", HttpMethod.POST, m + "/{launched}/registrations", ITEMS, other, 404),
                c("register snv (not a unit officer)", HttpMethod.POST, m + "/{launched}/registrations", ITEMS, snv, 403),
                c("register no role", HttpMethod.POST, m + "/{launched}/registrations", ITEMS, none, 403),
                c("register anonymous", HttpMethod.POST, m + "/{launched}/registrations", ITEMS, null, 401),
                c("registrations of movement snv", HttpMethod.GET, m + "/{launched}/registrations", snv, 200),
                c("registrations of movement participant", HttpMethod.GET, m + "/{launched}/registrations", own, 200),
                c("registrations of movement other unit", HttpMethod.GET, m + "/{launched}/registrations", other, 404),
                c("registrations of movement no role", HttpMethod.GET, m + "/{launched}/registrations", none, 403),
                c("registrations of movement anonymous", HttpMethod.GET, m + "/{launched}/registrations", null, 401),
                c("get registration own unit", HttpMethod.GET, r + "/{registration}", own, 200),
                c("get registration snv", HttpMethod.GET, r + "/{registration}", snv, 200),
                c("get registration leader", HttpMethod.GET, r + "/{registration}", leader, 200),
                c("get registration other unit", HttpMethod.GET, r + "/{registration}", participantOther, 404),
                c("get registration no role", HttpMethod.GET, r + "/{registration}", none, 403),
                c("get registration anonymous", HttpMethod.GET, r + "/{registration}", null, 401),
                c("approve snv", HttpMethod.POST, r + "/{registration}/approve", snv, 200),
                c("approve own unit", HttpMethod.POST, r + "/{registration}/approve", own, 403),
                c("approve leader", HttpMethod.POST, r + "/{registration}/approve", leader, 403),
                c("approve no role", HttpMethod.POST, r + "/{registration}/approve", none, 403),
                c("approve anonymous", HttpMethod.POST, r + "/{registration}/approve", null, 401),
                c("return snv", HttpMethod.POST, r + "/{registration}/return", REASON, snv, 200),
                c("return own unit", HttpMethod.POST, r + "/{registration}/return", REASON, own, 403),
                c("return other unit", HttpMethod.POST, r + "/{registration}/return", REASON, participantOther, 403),
                c("return no role", HttpMethod.POST, r + "/{registration}/return", REASON, none, 403),
                c("return anonymous", HttpMethod.POST, r + "/{registration}/return", REASON, null, 401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyEndpointAnswersByRoleAndUnit(Case c) throws Exception {
        MovementData data = new MovementData("Phong trào thi đua năm 2025", MovementKind.REGULAR, "Chỉ thị 01/CT-UBND",
                LocalDate.of(2025, 1, 15), LocalDate.of(2025, 12, 31), null, List.of("SGDDT", "SYT"),
                List.of("BK_TINH", "CO_TINH"), List.of(new Quota("SGDDT", "BK_TINH", 2)), LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 12, 10), null);
        String launched = movements.create(SNV, data).value().id();
        movements.launch(SNV, launched, VersionPrecondition.none());
        String draft = movements.create(SNV, data).value().id();
        String registration = registrations.submit(SGDDT, launched,
                List.of(new RegistrationItem("BK_TINH", 2))).registration().value().id();
        String path = c.path().replace("{launched}", launched).replace("{draft}", draft)
                .replace("{registration}", registration);

        MockHttpServletRequestBuilder request = request(c.method(), path);
        if (c.body() != null) {
            request.contentType(JSON).content(c.body());
        }
        if (c.caller() != null) {
            request.with(c.caller());
        }
        mvc.perform(request).andExpect(status().is(c.status()));
    }
}
