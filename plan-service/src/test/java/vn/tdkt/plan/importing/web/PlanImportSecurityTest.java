package vn.tdkt.plan.importing.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.plan.importing.application.PlanImportService;
import vn.tdkt.plan.support.SeededRegistryTest;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Every import endpoint × (Sở Nội vụ, admin, own unit, other unit, lower role, no role, anonymous). The preview of
 * each row is fresh, created by a Sở Nội vụ officer (so "own unit" is a unit officer of SNV).
 */
class PlanImportSecurityTest extends SeededRegistryTest {

    static final TdktPrincipal CREATOR = new TdktPrincipal("snv-user", "SNV", Set.of(TdktRole.SNV_OFFICER));

    @Autowired PlanImportService imports;

    record Case(String name, HttpMethod method, String path, RequestPostProcessor caller, int status) {
        @Override
        public String toString() {
            return name + " → " + status;
        }
    }

    static Case c(String name, HttpMethod method, String path, RequestPostProcessor caller, int status) {
        return new Case(name, method, path, caller, status);
    }

    static Stream<Case> matrix() {
        var snv = TestTokens.snvOfficer();
        var admin = TestTokens.admin();
        var own = TestTokens.unitOfficer("SNV");
        var other = TestTokens.unitOfficer("SGDDT");
        var leader = TestTokens.leader();
        var none = TestTokens.noRole("SNV");
        return Stream.of(
                c("import snv", HttpMethod.POST, "/api/v1/plan-imports", snv, 201),
                c("import admin", HttpMethod.POST, "/api/v1/plan-imports", admin, 201),
                c("import own unit officer", HttpMethod.POST, "/api/v1/plan-imports", own, 403),
                c("import other unit", HttpMethod.POST, "/api/v1/plan-imports", other, 403),
                c("import leader", HttpMethod.POST, "/api/v1/plan-imports", leader, 403),
                c("import no role", HttpMethod.POST, "/api/v1/plan-imports", none, 403),
                c("import anonymous", HttpMethod.POST, "/api/v1/plan-imports", null, 401),
                c("get snv", HttpMethod.GET, "/api/v1/plan-imports/{id}", snv, 200),
                c("get admin", HttpMethod.GET, "/api/v1/plan-imports/{id}", admin, 200),
                c("get own unit", HttpMethod.GET, "/api/v1/plan-imports/{id}", own, 200),
                c("get other unit", HttpMethod.GET, "/api/v1/plan-imports/{id}", other, 404),
                c("get leader (other unit)", HttpMethod.GET, "/api/v1/plan-imports/{id}", leader, 404),
                c("get no role", HttpMethod.GET, "/api/v1/plan-imports/{id}", none, 403),
                c("get anonymous", HttpMethod.GET, "/api/v1/plan-imports/{id}", null, 401),
                c("get unknown", HttpMethod.GET, "/api/v1/plan-imports/nope", snv, 404),
                c("confirm snv", HttpMethod.POST, "/api/v1/plan-imports/{id}/confirm", snv, 201),
                c("confirm admin", HttpMethod.POST, "/api/v1/plan-imports/{id}/confirm", admin, 201),
                c("confirm own unit officer", HttpMethod.POST, "/api/v1/plan-imports/{id}/confirm", own, 403),
                c("confirm other unit", HttpMethod.POST, "/api/v1/plan-imports/{id}/confirm", other, 403),
                c("confirm no role", HttpMethod.POST, "/api/v1/plan-imports/{id}/confirm", none, 403),
                c("confirm anonymous", HttpMethod.POST, "/api/v1/plan-imports/{id}/confirm", null, 401),
                c("discard snv", HttpMethod.POST, "/api/v1/plan-imports/{id}/discard", snv, 200),
                c("discard admin", HttpMethod.POST, "/api/v1/plan-imports/{id}/discard", admin, 200),
                c("discard own unit officer", HttpMethod.POST, "/api/v1/plan-imports/{id}/discard", own, 403),
                c("discard other unit", HttpMethod.POST, "/api/v1/plan-imports/{id}/discard", other, 403),
                c("discard no role", HttpMethod.POST, "/api/v1/plan-imports/{id}/discard", none, 403),
                c("discard anonymous", HttpMethod.POST, "/api/v1/plan-imports/{id}/discard", null, 401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyEndpointAnswersByRoleAndUnit(Case c) throws Exception {
        String path = c.path();
        if (path.contains("{id}")) {
            String id = imports.importPlan(CREATOR, PlanImportService.Upload.ofBytes(
                    ImportDocs.bytes(ImportDocs.SON_LA_2025), "text/plain", "PLAIN_TEXT")).value().id();
            path = path.replace("{id}", id);
        }
        MockHttpServletRequestBuilder request = request(c.method(), path);
        if (c.method() == HttpMethod.POST && c.path().equals("/api/v1/plan-imports")) {
            request.contentType("text/plain; charset=UTF-8").content(ImportDocs.bytes(ImportDocs.SON_LA_2025));
        }
        if (c.caller() != null) {
            request.with(c.caller());
        }
        mvc.perform(request).andExpect(status().is(c.status()));
    }
}
