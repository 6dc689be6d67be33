package vn.tdkt.reporting.dashboard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.support.Payloads;
import vn.tdkt.reporting.support.ReportingIntegrationTest;

/**
 * Every endpoint × (province-wide roles, own unit, other unit, no role, anonymous). The caller of the "unit"
 * rows is a UNIT_OFFICER of SGDDT; SYT is the other unit.
 */
class SecurityMatrixTest extends ReportingIntegrationTest {

    private static final RequestPostProcessor ANONYMOUS = request -> request;

    @BeforeEach
    void tasksOfTwoUnits() {
        planEvents.accept(EventMessages.of(EventTypes.PLAN_PUBLISHED, Payloads.PLAN_ID, 1,
                Payloads.planPublished(Payloads.PLAN_ID, "02/KH-UBND",
                        Payloads.task("t-own", "SGDDT", "2025-06-30", "Nhiệm vụ của Sở Giáo dục"),
                        Payloads.task("t-other", "SYT", "2025-06-30", "Nhiệm vụ của Sở Y tế"))));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        // endpoint, own-unit request, other-unit request
        String[][] endpoints = {
                {"summary", "/api/v1/dashboard/summary", "/api/v1/dashboard/summary?unit=SYT"},
                {"task list", "/api/v1/tasks", "/api/v1/tasks?unit=SYT"},
                {"task", "/api/v1/tasks/t-own", "/api/v1/tasks/t-other"},
        };
        for (String[] e : endpoints) {
            cases.add(Arguments.of(e[0], "leader", TestTokens.leader(), e[2], 200));
            cases.add(Arguments.of(e[0], "SNV officer", TestTokens.snvOfficer(), e[2], 200));
            cases.add(Arguments.of(e[0], "admin", TestTokens.admin(), e[2], 200));
            cases.add(Arguments.of(e[0], "council member", TestTokens.councilMember(), e[2], 200));
            cases.add(Arguments.of(e[0], "own unit", TestTokens.unitOfficer("SGDDT"), e[1], 200));
            cases.add(Arguments.of(e[0], "other unit", TestTokens.unitOfficer("SGDDT"), e[2], 404));
            cases.add(Arguments.of(e[0], "no role", TestTokens.noRole("SGDDT"), e[1], 403));
            cases.add(Arguments.of(e[0], "anonymous", ANONYMOUS, e[1], 401));
        }
        // the stream carries no figures (only "something changed"): every dashboard role may listen
        String stream = "/api/v1/dashboard/stream";
        cases.add(Arguments.of("stream", "leader", TestTokens.leader(), stream, 200));
        cases.add(Arguments.of("stream", "own unit", TestTokens.unitOfficer("SGDDT"), stream, 200));
        cases.add(Arguments.of("stream", "other unit", TestTokens.unitOfficer("SYT"), stream, 200));
        cases.add(Arguments.of("stream", "no role", TestTokens.noRole("SGDDT"), stream, 403));
        cases.add(Arguments.of("stream", "anonymous", ANONYMOUS, stream, 401));
        // the page and its assets are public; they hold no data
        for (String asset : new String[] {"/", "/index.html", "/dashboard/app.js", "/dashboard/app.css"}) {
            cases.add(Arguments.of("page " + asset, "anonymous", ANONYMOUS, asset, 200));
        }
        cases.add(Arguments.of("actuator metrics", "anonymous", ANONYMOUS, "/actuator/metrics", 401));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {4}")
    @MethodSource("matrix")
    void accessFollowsRoleAndUnit(String endpoint, String caller, RequestPostProcessor auth, String path,
            int expected) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(auth);
        mvc.perform(request).andExpect(status().is(expected));
    }
}
