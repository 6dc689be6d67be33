package vn.tdkt.plan.importing.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.ADMIN;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.LEADER;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.SNV;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.noRole;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.unitOfficer;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import vn.tdkt.plan.importing.application.PlanImportService;
import vn.tdkt.plan.support.SeededRegistryTest;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Caller;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;

/**
 * Every import endpoint × (Sở Nội vụ, admin, own unit, other unit, lower role, no role, anonymous). The preview of
 * each row is fresh, created by a Sở Nội vụ officer (so "own unit" is a unit officer of SNV).
 */
class PlanImportSecurityTest extends SeededRegistryTest {

    static final TdktPrincipal CREATOR = new TdktPrincipal("snv-user", "SNV", Set.of(TdktRole.SNV_OFFICER));

    @Autowired PlanImportService imports;

    /** A unit officer of SNV, the unit of the preview's creator. */
    static final Caller OWN = unitOfficer("own unit officer", "SNV");
    static final Caller OTHER = unitOfficer("other unit", "SGDDT");
    static final Caller NO_ROLE = noRole("SNV");

    static Stream<Row> matrix() {
        String imports = "/api/v1/plan-imports";
        String plan = new String(ImportDocs.bytes(ImportDocs.SON_LA_2025), StandardCharsets.UTF_8);
        HttpMethod get = HttpMethod.GET;
        HttpMethod post = HttpMethod.POST;
        return rows(
                endpoint("import", post, imports, "text/plain; charset=UTF-8", plan, SNV, 201, ADMIN, 201,
                        OWN, 403, OTHER, 403, LEADER, 403, NO_ROLE, 403),
                endpoint("get", get, imports + "/{id}", SNV, 200, ADMIN, 200, OWN, 200, OTHER, 404,
                        LEADER, 404, NO_ROLE, 403),
                endpoint("get unknown", get, imports + "/nope", SNV, 404),
                endpoint("confirm", post, imports + "/{id}/confirm", SNV, 201, ADMIN, 201, OWN, 403,
                        OTHER, 403, NO_ROLE, 403),
                endpoint("discard", post, imports + "/{id}/discard", SNV, 200, ADMIN, 200, OWN, 403,
                        OTHER, 403, NO_ROLE, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyEndpointAnswersByRoleAndUnit(Row row) throws Exception {
        String id = row.path().contains("{id}")
                ? imports.importPlan(CREATOR, PlanImportService.Upload.ofBytes(
                        ImportDocs.bytes(ImportDocs.SON_LA_2025), "text/plain", "PLAIN_TEXT")).value().id()
                : null;
        mvc.perform(row.request(text -> id == null ? text : text.replace("{id}", id)))
                .andExpect(status().is(row.status()));
    }
}
