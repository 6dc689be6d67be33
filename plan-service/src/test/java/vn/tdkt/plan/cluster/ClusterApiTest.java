package vn.tdkt.plan.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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

class ClusterApiTest extends ServiceTest {


    @Test
    void form_and_rotate_a_block() throws Exception {
        String body = "{\"code\":\"KHOI-VHXH\",\"name\":\"Khối Văn hóa – Xã hội\",\"type\":\"BLOCK\",\"year\":2025,\"members\":["
                + "{\"unitCode\":\"SYT\",\"role\":\"TRUONG_KHOI\"},{\"unitCode\":\"SGDDT\",\"role\":\"PHO_KHOI\"},"
                + "{\"unitCode\":\"SVHTTDL\",\"role\":\"THANH_VIEN\"}]}";
        String id = JsonPath.read(mvc.perform(post("/api/v1/clusters").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.headUnit").value("SYT"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/clusters").with(TestTokens.snvOfficer()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());

        String next = JsonPath.read(mvc.perform(post("/api/v1/clusters/" + id + "/rotate").with(TestTokens.snvOfficer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.headUnit").value("SGDDT"))
                .andExpect(jsonPath("$.members[?(@.unitCode=='SVHTTDL')].role").value("PHO_KHOI"))
                .andExpect(jsonPath("$.members[?(@.unitCode=='SYT')].roleLabel").value("Thành viên"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/clusters/" + id).with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(jsonPath("$.nextClusterId").value(next));
        mvc.perform(get("/api/v1/clusters?year=2026").with(TestTokens.unitOfficer("SNV")))
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(Outbox.of(mongo, EventTypes.CLUSTER_FORMED)).hasSize(2)
                .allSatisfy(entry -> ContractSchemas.assertValid(EventTypes.CLUSTER_FORMED, entry.payload()));
    }
}
