package vn.tdkt.plan.calendar.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.JsonNode;
import vn.tdkt.platform.outbox.AggregateDocument;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.plan.support.Outbox;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.plan.calendar.application.CalendarService;
import vn.tdkt.plan.calendar.persistence.CalendarOverrideDocument;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.platformtest.service.ServiceTest;
import vn.tdkt.platformtest.security.TestTokens;

class CalendarApiTest extends ServiceTest {

    @Autowired CalendarService calendars;

    /** The context (and its database) is shared: leave no override of 2028 behind for other tests. */
    @AfterEach
    void removeOverrides() {
        mongo.remove(new Query(), CalendarOverrideDocument.class);
        calendars.invalidate();
    }

    @Test
    void working_day_arithmetic_skips_tet() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days/add?from=2026-02-13&days=1").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("2026-02-23"))
                .andExpect(jsonPath("$.covered").value(true));
        mvc.perform(get("/api/v1/calendar/working-days/check?date=2026-02-17").with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.holiday").value("Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)"));
        mvc.perform(get("/api/v1/calendar/working-days/check?date=2026-01-10").with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$.workingDay").value(true)).andExpect(jsonPath("$.kind").value("MAKEUP_WORKING_DAY"));
        mvc.perform(get("/api/v1/calendar/working-days/between?from=2026-02-13&to=2026-02-23").with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$.workingDays").value(1));
        mvc.perform(get("/api/v1/calendar/working-days/add?from=2026-02-13").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void an_admin_override_takes_precedence_over_bundled_data() throws Exception {
        mvc.perform(get("/api/v1/calendar/years/2028").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.source").value("BUNDLED"));
        // 24/11/2028 (Friday) becomes a holiday (Ngày Văn hóa Việt Nam)
        String text = "@year;2028\n@status;OFFICIAL\n@source;Luật sửa đổi Bộ luật Lao động (giả định)\n"
                + "2028-01-01;HOLIDAY;Tết Dương lịch\n2028-11-24;HOLIDAY;Ngày Văn hóa Việt Nam\n";
        mvc.perform(put("/api/v1/calendar/years/2028").with(TestTokens.admin()).contentType("text/plain").content(text))
                .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("OVERRIDE"))
                .andExpect(jsonPath("$.updatedBy").value("snv-user"));
        mvc.perform(get("/api/v1/calendar/working-days/check?date=2028-11-24").with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$.workingDay").value(false));
        mvc.perform(get("/api/v1/calendar/years/2028").with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$.source").value("OVERRIDE")).andExpect(jsonPath("$.entries.length()").value(2));
        // invalid data and a wrong year are refused
        mvc.perform(put("/api/v1/calendar/years/2028").with(TestTokens.admin()).contentType("text/plain")
                        .content("@year;2028\n@status;OFFICIAL\n@source;x\n2028-02-30;HOLIDAY;Sai\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("calendar.data-invalid"));
        mvc.perform(put("/api/v1/calendar/years/2029").with(TestTokens.admin()).contentType("text/plain").content(text))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("calendar.year-mismatch"));
    }

    @Test
    void an_override_is_published_as_calendar_overridden_and_a_refused_one_publishes_nothing() throws Exception {
        String text = "@year;2028\n@status;OFFICIAL\n@source;Quyết định của Thủ tướng (giả định)\n"
                + "2028-01-01;HOLIDAY;Tết Dương lịch\n2028-05-02;HOLIDAY;Nghỉ bù\n";
        mvc.perform(put("/api/v1/calendar/years/2028").with(TestTokens.admin()).contentType("text/plain").content(text))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/calendar/years/2028").with(TestTokens.admin()).contentType("text/plain")
                        .content("@year;2028\nnot calendar data\n"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/calendar/years/2028").with(TestTokens.snvOfficer()).contentType("text/plain")
                        .content(text))
                .andExpect(status().isForbidden());

        List<OutboxEntry> published = Outbox.of(mongo, EventTypes.CALENDAR_OVERRIDDEN);
        assertThat(published).singleElement().satisfies(entry -> {
            ContractSchemas.assertValid(EventTypes.CALENDAR_OVERRIDDEN, entry.payload());
            assertThat(entry.subject()).isEqualTo("vn-2028");
            JsonNode payload = EventJson.mapper().readTree(entry.payload());
            assertThat(payload.get("year").asInt()).isEqualTo(2028);
            assertThat(payload.get("data").asString()).isEqualTo(text);
            assertThat(payload.get("overriddenBy").asString()).isEqualTo("snv-user");
        });
    }

    @Test
    void a_stored_override_that_no_longer_parses_falls_back_to_the_bundled_year() throws Exception {
        // 07/03/2028 is a working Tuesday in the bundled year
        mongo.getCollection(CalendarOverrideDocument.COLLECTION).insertOne(new org.bson.Document("_id", "vn-2028")
                .append(AggregateDocument.AGGREGATE, new org.bson.Document("calendarId", "vn-2028").append("year", 2028)
                        .append("text", "@year;2028\nnot calendar data\n")));
        calendars.invalidate();

        mvc.perform(get("/api/v1/calendar/working-days/check?date=2028-03-07").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.workingDay").value(true));
    }
}
