package vn.tdkt.nomination.dossier.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.nomination.dossier.persistence.DossierDocument;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * One Spring context for every web test of the service (same configuration, so it is cached and shared), an
 * empty dossier collection per test, and helpers that drive the API like a client would.
 */
@SpringBootTest(properties = "tdkt.outbox.enabled=false")
@AutoConfigureMockMvc
@Import(TestChannelBinderConfiguration.class)
public abstract class DossierApiTestSupport {

    protected static final String DOSSIERS = "/api/v1/dossiers";
    protected static final String OWN_UNIT = "SGDDT";
    protected static final String OTHER_UNIT = "SYT";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    @BeforeEach
    void emptyDossiers() {
        mongo.remove(new Query(), DossierDocument.class);
    }

    protected static RequestPostProcessor ownOfficer() {
        return TestTokens.unitOfficer(OWN_UNIT);
    }

    protected static RequestPostProcessor otherOfficer() {
        return TestTokens.unitOfficer(OTHER_UNIT);
    }

    protected static String body(String unitCode, String subjectType, String subjectName, String awardCode,
            int year) {
        return """
                {%s"subjectType": "%s", "subjectName": "%s", "awardCode": "%s", "year": %d,
                 "achievementSummary": "Hoàn thành xuất sắc nhiệm vụ năm học; sáng kiến được công nhận cấp cơ sở."}
                """.formatted(unitCode == null ? "" : "\"unitCode\": \"" + unitCode + "\", ", subjectType,
                subjectName, awardCode, year);
    }

    protected static String individual(String name) {
        return body(null, "INDIVIDUAL", name, "CSTDCS", 2025);
    }

    /** Creates a draft as the own unit's officer and returns its id. */
    protected String createDraft() throws Exception {
        return createDraft(ownOfficer(), individual("Nguyễn Thị Hồng"));
    }

    protected String createDraft(RequestPostProcessor who, String json) throws Exception {
        String response = mvc.perform(post(DOSSIERS).with(who).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    protected void submit(String id) throws Exception {
        mvc.perform(post(DOSSIERS + "/" + id + "/submit").with(ownOfficer())).andExpect(status().isOk());
    }

    protected String createSubmitted() throws Exception {
        String id = createDraft();
        submit(id);
        return id;
    }

    protected DossierDocument stored(String id) {
        return mongo.findById(id, DossierDocument.class);
    }
}
