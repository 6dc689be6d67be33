package vn.tdkt.plan.movement;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.plan.support.MatrixCallers.NO_ROLE;
import static vn.tdkt.plan.support.MatrixCallers.OTHER;
import static vn.tdkt.plan.support.MatrixCallers.OWN;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.ADMIN;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.COUNCIL_MEMBER;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.JSON;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.LEADER;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.SNV;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.unitOfficer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
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
import vn.tdkt.platformtest.matrix.SecurityMatrix.Caller;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;

/**
 * Every movement and registration endpoint × (Sở Nội vụ, leader, own/participating unit, other unit, lower role, no
 * role, anonymous). Fresh fixtures per row: a launched movement of SGDDT and SYT, a draft one, and SGDDT's
 * registration for the launched one.
 */
class MovementSecurityTest extends SeededRegistryTest {

    static final TdktPrincipal SNV_USER = new TdktPrincipal("snv-user", "SNV", Set.of(TdktRole.SNV_OFFICER));
    static final TdktPrincipal SGDDT_USER =
            new TdktPrincipal("sgddt-user", "SGDDT", Set.of(TdktRole.UNIT_OFFICER));
    static final String MOVEMENT = """
            {"name":"Phong trào thi đua","kind":"REGULAR","period":{"from":"2025-01-15","to":"2025-12-31"},
             "participants":["SGDDT"],"awardForms":["BK_TINH"],"nominationWindow":{"from":"2025-11-01","to":"2025-12-10"}}
            """;
    static final String ITEMS = "{\"items\":[{\"awardCode\":\"BK_TINH\",\"count\":1}]}";
    static final String REASON = "{\"reason\":\"Bổ sung số lượng\"}";

    @Autowired MovementService movements;
    @Autowired RegistrationService registrations;

    /** SYT: a participant of the launched movement too, but not the registering unit (SGDDT, {@code OWN}). */
    static final Caller OTHER_PARTICIPANT = unitOfficer("other participant", "SYT");

    static Stream<Row> matrix() {
        String m = "/api/v1/movements";
        String r = "/api/v1/registrations";
        HttpMethod get = HttpMethod.GET;
        HttpMethod post = HttpMethod.POST;
        return rows(
                endpoint("create", post, m, JSON, MOVEMENT, SNV, 201, ADMIN, 201, OWN, 403, LEADER, 403,
                        NO_ROLE, 403),
                endpoint("list", get, m, SNV, 200, OWN, 200, OTHER, 200, NO_ROLE, 403),
                endpoint("get", get, m + "/{launched}", SNV, 200, LEADER, 200, OWN, 200, OTHER, 404,
                        COUNCIL_MEMBER, 404, NO_ROLE, 403),
                endpoint("get draft", get, m + "/{draft}", OWN, 404, LEADER, 404, SNV, 200),
                endpoint("launch", post, m + "/{draft}/launch", SNV, 200, OWN, 403, LEADER, 403,
                        NO_ROLE, 403),
                endpoint("close", post, m + "/{launched}/close", SNV, 200, OWN, 403, OTHER, 403,
                        NO_ROLE, 403),
                endpoint("register", post, m + "/{launched}/registrations", JSON, ITEMS, OTHER_PARTICIPANT, 201,
                        OTHER, 404, SNV, 403, NO_ROLE, 403),
                endpoint("registrations of movement", get, m + "/{launched}/registrations", SNV, 200,
                        OWN, 200, OTHER, 404, NO_ROLE, 403),
                endpoint("get registration", get, r + "/{registration}", OWN, 200, SNV, 200, LEADER, 200,
                        OTHER_PARTICIPANT, 404, NO_ROLE, 403),
                // the registering unit sees its registration but may not decide it (403); a unit that does not see it
                // is told nothing of it (404)
                endpoint("approve", post, r + "/{registration}/approve", SNV, 200, OWN, 403, LEADER, 403,
                        OTHER_PARTICIPANT, 404, NO_ROLE, 403),
                endpoint("return", post, r + "/{registration}/return", JSON, REASON, SNV, 200, OWN, 403,
                        OTHER_PARTICIPANT, 404, NO_ROLE, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyEndpointAnswersByRoleAndUnit(Row row) throws Exception {
        MovementData data = new MovementData("Phong trào thi đua năm 2025", MovementKind.REGULAR, "Chỉ thị 01/CT-UBND",
                LocalDate.of(2025, 1, 15), LocalDate.of(2025, 12, 31), null, List.of("SGDDT", "SYT"),
                List.of("BK_TINH", "CO_TINH"), List.of(new Quota("SGDDT", "BK_TINH", 2)), LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 12, 10), null);
        String launched = movements.create(SNV_USER, data).value().id();
        movements.launch(SNV_USER, launched, VersionPrecondition.none());
        String draft = movements.create(SNV_USER, data).value().id();
        String registration = registrations.submit(SGDDT_USER, launched,
                List.of(new RegistrationItem("BK_TINH", 2))).registration().value().id();
        mvc.perform(row.request(text -> text.replace("{launched}", launched).replace("{draft}", draft)
                        .replace("{registration}", registration)))
                .andExpect(status().is(row.status()));
    }
}
