package vn.tdkt.plan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.plan.support.Outbox;
import vn.tdkt.platformtest.service.ServiceTest;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.security.TestTokens;

class UnitRegistryTest extends ServiceTest {


    @org.junit.jupiter.api.BeforeEach
    void today() {
        clock.set(java.time.LocalDate.of(2025, 9, 1));
    }

    @Test
    void demo_units_are_seeded_on_first_start() throws Exception {
        mvc.perform(get("/api/v1/units").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code=='SNV')].kindLabel").value("Sở, ban, ngành"))
                .andExpect(jsonPath("$[?(@.code=='PCHIENGLE')].kind").value("WARD"))
                .andExpect(jsonPath("$[?(@.code=='BTDKTTW')].kind").value("EXTERNAL"))
                .andExpect(jsonPath("$[?(@.code=='ALL_UNITS')].kind").value("GROUP"))
                .andExpect(jsonPath("$[?(@.code=='ALL_UNITS')].kindLabel").value("Nhóm cơ quan, đơn vị"))
                .andExpect(jsonPath("$[?(@.code=='TTTT')].name").value("Trung tâm thông tin tỉnh"));
        // matching ignores case and diacritics, on names and aliases
        mvc.perform(get("/api/v1/units?name=BAN TDKT TRUNG UONG").with(TestTokens.noRole("SYT")))
                .andExpect(jsonPath("$[0].code").value("BTDKTTW"));
        mvc.perform(get("/api/v1/units?name=giao duc").with(TestTokens.noRole("SYT")))
                .andExpect(jsonPath("$[0].code").value("SGDDT"));
        assertThat(Outbox.of(mongo, EventTypes.UNIT_REGISTERED)).hasSizeGreaterThanOrEqualTo(11)
                .allSatisfy(entry -> ContractSchemas.assertValid(EventTypes.UNIT_REGISTERED, entry.payload()));
    }

    @Test
    void csv_import_is_validated_as_a_whole_before_writing() throws Exception {
        String bad = "code,name,kind,parentCode,successorCode\n"
                + "XMUONGA,Xã Mường A,COMMUNE,UBND,\n"
                + "XMUONGB,,COMMUNE,NOWHERE,\n"
                + "XMUONGA,Xã Mường A lặp,COMMUNE,UBND,\n";
        mvc.perform(post("/api/v1/units/import").with(TestTokens.snvOfficer()).contentType("text/csv").content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unit.import.invalid"))
                .andExpect(jsonPath("$.lines[0].outcome").value("VALID"))
                .andExpect(jsonPath("$.lines[1].line").value(3))
                .andExpect(jsonPath("$.lines[1].errors[*].code").value(org.hamcrest.Matchers.hasItems("unit.name-missing", "unit.unknown")))
                .andExpect(jsonPath("$.lines[2].errors[0].code").value("unit.import.duplicate"));
        mvc.perform(get("/api/v1/units/XMUONGA").with(TestTokens.snvOfficer())).andExpect(status().isNotFound());

        // a merged commune points at its successor, which comes later in the same file
        String good = "code,name,kind,parentCode,aliases,headName,headTitle,headEmail,email,webhookUrl,activeFrom,activeTo,successorCode\n"
                + "XCU,Xã Chiềng Cũ,COMMUNE,UBND,,,,,,,2020-01-01,30/06/2025,XMOI\n"
                + "XMOI,Xã Chiềng Mới,COMMUNE,UBND,UBND xã Chiềng Mới,Lò Văn E,Chủ tịch,ct@xmoi.vn,vt@xmoi.vn,https://xmoi.vn/hook,01/07/2025,,\n"
                + "SYT,Sở Y tế,DEPARTMENT,UBND,Sở Y tế tỉnh,Giám đốc Sở Y tế mới,Giám đốc,giamdoc@syt.example.gov.vn,tdkt@syt.example.gov.vn,,,,\n"
                + "SNV,Sở Nội vụ,DEPARTMENT,UBND,\"Sở Nội vụ tỉnh|Phòng Thi đua, khen thưởng\",Giám đốc Sở Nội vụ,Giám đốc,giamdoc@snv.example.gov.vn,tdkt@snv.example.gov.vn,,,,\n";
        mvc.perform(post("/api/v1/units/import").with(TestTokens.snvOfficer()).contentType("text/csv").content(good))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.lines[2].outcome").value("UPDATED"));
        mvc.perform(get("/api/v1/units/XCU").with(TestTokens.leader()))
                .andExpect(jsonPath("$.successorCode").value("XMOI")).andExpect(jsonPath("$.active").value(false));
        assertThat(Outbox.ofSubject(mongo, EventTypes.UNIT_CHANGED, "SYT")).singleElement()
                .satisfies(entry -> ContractSchemas.assertValid(EventTypes.UNIT_CHANGED, entry.payload()));
    }

    @Test
    void edits_need_the_current_etag() throws Exception {
        String etag = mvc.perform(get("/api/v1/units/HDTDKT").with(TestTokens.snvOfficer())).andReturn().getResponse().getHeader("ETag");
        String body = "{\"code\":\"HDTDKT\",\"name\":\"Hội đồng Thi đua - Khen thưởng tỉnh\",\"kind\":\"COUNCIL\",\"parentCode\":\"UBND\","
                + "\"head\":{\"name\":\"Chủ tịch UBND tỉnh\",\"title\":\"Chủ tịch Hội đồng\",\"email\":\"ct@ubnd.vn\"}}";
        mvc.perform(put("/api/v1/units/HDTDKT").with(TestTokens.snvOfficer()).header("If-Match", "\"42\"")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/units/HDTDKT").with(TestTokens.snvOfficer()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.head.email").value("ct@ubnd.vn"));
    }
}
