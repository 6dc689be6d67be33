package vn.tdkt.plan.importing.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;

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
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Every import endpoint × (Sở Nội vụ, admin, own unit, other unit, lower role, no role, anonymous). The preview of
 * each row is fresh, created by a Sở Nội vụ officer (so "own unit" is a unit officer of SNV).
 */
class PlanImportSecurityTest extends SeededRegistryTest {

    static final TdktPrincipal CREATOR = new TdktPrincipal("snv-user", "SNV", Set.of(TdktRole.SNV_OFFICER));

    @Autowired PlanImportService imports;

    static final Caller SNV = new Caller("snv", TestTokens.snvOfficer());
    static final Caller ADMIN = new Caller("admin", TestTokens.admin());
    static final Caller OWN = new Caller("own unit officer", TestTokens.unitOfficer("SNV"));
    static final Caller OTHER = new Caller("other unit", TestTokens.unitOfficer("SGDDT"));
    static final Caller LEADER = new Caller("leader (other unit)", TestTokens.leader());
    static final Caller NO_ROLE = new Caller("no role", TestTokens.noRole("SNV"));

    static Stream<Row> matrix() {
        String imports = "/api/v1/plan-imports";
        String plan = new String(ImportDocs.bytes(ImportDocs.SON_LA_2025), StandardCharsets.UTF_8);
        HttpMethod get = HttpMethod.GET;
        HttpMethod post = HttpMethod.POST;
        return Stream.of(
                endpoint("import", post, imports, "text/plain; charset=UTF-8", plan, SNV, 201, ADMIN, 201, OWN, 403,
                        OTHER, 403, LEADER, 403, NO_ROLE, 403),
                endpoint("get", get, imports + "/{id}", SNV, 200, ADMIN, 200, OWN, 200, OTHER, 404, LEADER, 404,
                        NO_ROLE, 403),
                endpoint("get unknown", get, imports + "/nope", SNV, 404),
                endpoint("confirm", post, imports + "/{id}/confirm", SNV, 201, ADMIN, 201, OWN, 403, OTHER, 403,
                        NO_ROLE, 403),
                endpoint("discard", post, imports + "/{id}/discard", SNV, 200, ADMIN, 200, OWN, 403, OTHER, 403,
                        NO_ROLE, 403))
                .flatMap(rows -> rows);
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
