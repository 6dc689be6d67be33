package vn.tdkt.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.ReportingTest;

/**
 * Each event's fate is counted ({@code tdkt_projection_events_total}): a redelivery is "repeated", an older event of
 * a source arriving after a newer one is "out_of_order"; and a dossier row shows the last sequence it applied, so a
 * check from outside can tell a lost, a doubled and a reordered event apart.
 */
class ProjectionOutcomeTest extends ReportingTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void redeliveries_and_late_events_are_told_apart_and_the_row_keeps_the_newest_state() throws Exception {
        double applied = outcomes("applied");
        double repeated = outcomes("repeated");
        double outOfOrder = outcomes("out_of_order");

        var submitted = Events.message("ev-1", Events.dossierSubmitted("d-9", "SGDDT", "GIAY_KHEN",
                "2026-06-01T02:00:00Z"), 1);
        var appraised = Events.message("ev-3", Events.dossierAppraised("d-9", "SGDDT", "GIAY_KHEN", true,
                "2026-06-05T02:00:00Z"), 3);
        var assignedLate = Events.message("ev-2", Events.dossierSubmitted("d-9", "SGDDT", "GIAY_KHEN",
                "2026-06-02T02:00:00Z"), 2);
        nominationEvents.accept(submitted);
        nominationEvents.accept(appraised);
        nominationEvents.accept(submitted);      // redelivered
        nominationEvents.accept(assignedLate);   // sequence 2 after 3, never seen: out of order

        assertThat(outcomes("applied") - applied).isEqualTo(2);
        assertThat(outcomes("repeated") - repeated).isEqualTo(1);
        assertThat(outcomes("out_of_order") - outOfOrder).isEqualTo(1);
        mvc.perform(get("/api/v1/dossier-views/d-9").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sequences['dossier:d-9']").value(3))
                .andExpect(jsonPath("$.status").value("APPRAISED"));
    }

    private double outcomes(String outcome) {
        var counter = meters.find("tdkt.projection.events").tag("view", "dossiers").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
