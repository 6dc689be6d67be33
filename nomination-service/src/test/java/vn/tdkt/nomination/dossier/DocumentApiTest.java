package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.tdkt.nomination.support.NominationApiTest;
import vn.tdkt.platformtest.security.TestTokens;

@TestPropertySource(properties = "tdkt.nomination.dossier.max-document-size=64KB")
class DocumentApiTest extends NominationApiTest {

    @Test
    void a_document_is_stored_with_its_sha256_and_downloaded_with_the_type_its_content_has() throws Exception {
        String id = create(own(), person("Lê Văn Nam", null, "LDTT", 2025, null));
        byte[] pdf = pdf();
        String body = upload(own(), id, "TO_TRINH", "to trinh.docx", pdf, null, null).andExpect(created())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String documentId = JsonPath.read(body, "$.documents[0].id");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat((String) JsonPath.read(body, "$.documents[0].sha256")).isEqualTo(sha);
        assertThat((String) JsonPath.read(body, "$.documents[0].contentType"))
                .as("named .docx, but the content is a PDF").isEqualTo("application/pdf");

        var download = mvc.perform(get(DOSSIERS + "/" + id + "/documents/" + documentId).with(own()))
                .andExpect(status(200)).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getHeader("Repr-Digest")).startsWith("sha-256=:");
        mvc.perform(get(DOSSIERS + "/" + id + "/documents/" + documentId).with(TestTokens.unitOfficer(OTHER)))
                .andExpect(status(404));
    }

    @Test
    void content_that_is_no_accepted_type_and_oversized_files_are_refused_and_nothing_is_stored() throws Exception {
        String id = create(own(), person("Lê Văn Nam", null, "LDTT", 2025, null));
        upload(own(), id, "TO_TRINH", "to-trinh.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII), null, null)
                .andExpect(status(400))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("document.type-not-accepted"));
        byte[] big = new byte[65 * 1024];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        upload(own(), id, "TO_TRINH", "to-trinh.pdf", big, null, null).andExpect(status(413))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("document.too-large"));
        upload(own(), id, "BIEN_BAN_BINH_XET", "bien-ban.pdf", pdf(), null, null).andExpect(status(400))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("document.vote-required"));
        upload(own(), id, "BIEN_BAN_BINH_XET", "bien-ban.pdf", pdf(), 11, 10).andExpect(status(400));
        assertThat(mongo.getCollection("dossier_files.files").countDocuments()).isZero();
        assertThat((Integer) JsonPath.read(read(id), "$.documents.length()")).isZero();
    }

    @Test
    void a_stale_if_match_refuses_the_upload_and_removes_the_stored_bytes() throws Exception {
        String id = create(own(), person("Lê Văn Nam", null, "LDTT", 2025, null));
        upload(own(), id, "TO_TRINH", "a.pdf", pdf(), null, null).andExpect(created());
        var stale = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart(DOSSIERS + "/" + id + "/documents")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "b.pdf", "application/pdf", pdf()))
                .param("kind", "BAO_CAO_THANH_TICH").header("If-Match", "\"0\"").with(own());
        mvc.perform(stale).andExpect(status(412));
        assertThat(mongo.getCollection("dossier_files.files").countDocuments()).isEqualTo(1);
    }
}
