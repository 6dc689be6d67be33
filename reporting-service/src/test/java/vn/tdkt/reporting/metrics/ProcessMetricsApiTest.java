package vn.tdkt.reporting.metrics;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.nomination.CouncilVoted;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.ReportingTest;

/** Lead times per step, per unit and form, the bottleneck and the late risk, from the projections. */
class ProcessMetricsApiTest extends ReportingTest {

    private void dossier(String id, String unit, String award, String submitted, String appraised, String voted,
            String decided) {
        nominationEvents.accept(Events.message(Events.dossierSubmitted(id, unit, award, submitted), 1));
        nominationEvents.accept(Events.message(Events.dossierAppraised(id, unit, award, true, appraised), 2));
        if (voted != null) {
            nominationEvents.accept(Events.message(new CouncilVoted("s-" + id, "HDTDKT", Instant.parse(voted),
                    List.of(new CouncilVoted.Tally(id, award, 18, 2, 0, 20, 80, true))), 1));
        }
        if (decided != null) {
            nominationEvents.accept(Events.message(Events.award("a-" + id, id, unit, SubjectType.COLLECTIVE, award,
                    award, decided, 0), 1));
        }
    }

    @Test
    void stepsMediansPercentilesBottleneckAndRisk() throws Exception {
        clock.set(LocalDate.of(2026, 12, 20));
        // submitted → appraised: 2, 4, 10 days; appraised → voted: 20, 30 days; voted → decided: ~1 day
        dossier("d1", "SGDDT", "BK_TINH", "2026-09-01T02:00:00Z", "2026-09-03T02:00:00Z", "2026-09-23T02:00:00Z",
                "2026-09-24");
        dossier("d2", "SGDDT", "CO_TINH", "2026-09-01T02:00:00Z", "2026-09-05T02:00:00Z", "2026-10-05T02:00:00Z",
                null);
        dossier("d3", "SYT", "BK_TINH", "2026-09-01T02:00:00Z", "2026-09-11T02:00:00Z", null, null);
        // SYT missed 2 of 3 deadlines; SGDDT met its one
        plan(Events.message(Events.assigned("t1", "SYT", "LEAD", "SYT", "2026-03-31", "DOCUMENT", "Việc 1"), 1));
        plan(Events.message(Events.assigned("t2", "SYT", "LEAD", "SYT", "2026-04-30", "DOCUMENT", "Việc 2"), 1));
        plan(Events.message(Events.assigned("t3", "SYT", "LEAD", "SYT", "2026-05-31", "DOCUMENT", "Việc 3"), 1));
        plan(Events.message(Events.completed("t3", "SYT", "2026-05-31", "2026-05-30T02:00:00Z"), 2));
        plan(Events.message(Events.assigned("t4", "SGDDT", "LEAD", "SGDDT", "2026-05-31", "DOCUMENT", "Việc 4"), 1));
        plan(Events.message(Events.completed("t4", "SGDDT", "2026-05-31", "2026-05-20T02:00:00Z"), 2));

        mvc.perform(get("/api/v1/process-metrics").param("year", "2026").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].step").value("SUBMITTED_TO_APPRAISED"))
                .andExpect(jsonPath("$.steps[0].overall.count").value(3))
                .andExpect(jsonPath("$.steps[0].overall.median").value(4.0))
                .andExpect(jsonPath("$.steps[0].overall.p90").value(10.0))
                .andExpect(jsonPath("$.steps[0].byUnit[0].key").value("SYT"))
                .andExpect(jsonPath("$.steps[0].byForm[?(@.key=='CO_TINH')].stats.median").value(4.0))
                .andExpect(jsonPath("$.steps[1].overall.median").value(25.0))
                .andExpect(jsonPath("$.steps[2].overall.count").value(1))
                .andExpect(jsonPath("$.bottleneck.step").value("APPRAISED_TO_VOTED"))
                .andExpect(jsonPath("$.lateRisk[0].unit").value("SYT"))
                .andExpect(jsonPath("$.lateRisk[0].late").value(2))
                .andExpect(jsonPath("$.lateRisk[0].deadlines").value(3))
                .andExpect(jsonPath("$.lateRisk[0].score").value(0.6))
                .andExpect(jsonPath("$.lateRisk[0].level").value("HIGH"))
                .andExpect(jsonPath("$.lateRisk[1].score").value(0.33));
        mvc.perform(get("/api/v1/process-metrics").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(jsonPath("$.unit").value("SGDDT"))
                .andExpect(jsonPath("$.steps[0].overall.count").value(2))
                .andExpect(jsonPath("$.lateRisk.length()").value(1));
    }
}
