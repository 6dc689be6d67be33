package vn.tdkt.nomination;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.tdkt.nomination.dossier.web.DossierApiTestSupport;
import vn.tdkt.platformtest.security.TestTokens;

class SmokeTest extends DossierApiTestSupport {

    @Test
    void boots() throws Exception {
        mvc.perform(get("/api/v1/nothing")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("security.unauthenticated"));
        mvc.perform(get("/api/v1/nothing").with(TestTokens.snvOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void openapi_documents_the_dossier_and_award_endpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/dossiers'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/dossiers/{id}/appraisal'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/awards'].get.summary").exists());
    }
}
