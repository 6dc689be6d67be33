package vn.tdkt.nomination.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.nomination.dossier.persistence.DossierDocument;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * Drives the nomination API as a client would: batches, dossiers, documents, transitions. Every test starts with
 * no dossiers, batches or imports; the outbox of a dossier is read back and checked against the event schemas.
 */
public abstract class NominationApiTest extends ServiceTest {

    protected static final String DOSSIERS = "/api/v1/dossiers";
    protected static final String OWN = "SGDDT";
    protected static final String OTHER = "SYT";

    @BeforeEach
    void emptyCollections() {
        MongoCollections.empty(mongo, "dossiers", "batches", "nominee_imports", "nominee_import_rows",
                "dossier_files.files", "dossier_files.chunks");
    }

    protected static RequestPostProcessor own() {
        return TestTokens.unitOfficer(OWN);
    }

    protected static RequestPostProcessor snv() {
        return TestTokens.snvOfficer();
    }

    public static String person(String name, String nationalId, String award, int year, String achievementId) {
        return """
                {"subject": {"type": "INDIVIDUAL", "name": "%s", "dateOfBirth": "1985-03-02", "gender": "FEMALE",
                             "position": "Giáo viên"%s},
                 "proposal": {"awardCode": "%s", "year": %d},
                 "achievement": {"summary": "Hoàn thành xuất sắc nhiệm vụ năm học %d", "achievementId": %s},
                 "declaredAwards": [{"awardCode": "LDTT", "year": %d, "type": "PERIODIC"}]}
                """.formatted(name, nationalId == null ? "" : ", \"nationalId\": \"" + nationalId + "\"", award, year,
                year, achievementId == null ? "null" : "\"" + achievementId + "\"", year);
    }

    protected String create(RequestPostProcessor who, String json) throws Exception {
        String body = mvc.perform(post(DOSSIERS).with(who).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString())
                        .isEqualTo(201))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    protected String createBatch(RequestPostProcessor who, String movementId) throws Exception {
        String body = mvc.perform(post("/api/v1/batches").with(who).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Tờ trình đề nghị khen thưởng năm học 2024-2025", "reference": "15/TTr-SGDĐT",
                                 "year": 2025, "movementId": %s}
                                """.formatted(movementId == null ? "null" : "\"" + movementId + "\"")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    protected ResultActions upload(RequestPostProcessor who, String dossierId, String kind, String fileName,
            byte[] content, Integer approvals, Integer total) throws Exception {
        var request = multipart(DOSSIERS + "/" + dossierId + "/documents")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("kind", kind).with(who);
        if (approvals != null) {
            request.param("voteApprovals", approvals.toString()).param("voteTotal", total.toString());
        }
        return mvc.perform(request);
    }

    /** Tờ trình, báo cáo thành tích, biên bản with its vote and an innovation certificate: a complete CSTĐCS set. */
    protected void attachCompleteSet(String dossierId) throws Exception {
        upload(own(), dossierId, "TO_TRINH", "to-trinh.pdf", pdf(), null, null).andExpect(created());
        upload(own(), dossierId, "BAO_CAO_THANH_TICH", "bao-cao.docx", docx(), null, null).andExpect(created());
        upload(own(), dossierId, "BIEN_BAN_BINH_XET", "bien-ban.pdf", pdf(), 9, 10).andExpect(created());
        upload(own(), dossierId, "CHUNG_NHAN_SANG_KIEN", "chung-nhan.png", png(), null, null).andExpect(created());
    }

    protected static org.springframework.test.web.servlet.ResultMatcher created() {
        return r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
    }

    protected static org.springframework.test.web.servlet.ResultMatcher status(int expected) {
        return r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(
                StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    protected ResultActions transition(RequestPostProcessor who, String id, String action, String json)
            throws Exception {
        var request = post(DOSSIERS + "/" + id + "/" + action).with(who);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    protected String read(String id) throws Exception {
        return mvc.perform(get(DOSSIERS + "/" + id).with(snv())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The events a dossier has recorded and not yet relayed (the relay is off in tests), each schema-checked. */
    protected List<OutboxEntry> outbox(String dossierId) {
        return schemaChecked(mongo.findById(dossierId, DossierDocument.class).getOutbox());
    }

    /** {@code entries}, each checked against the schema of its event type. */
    protected static List<OutboxEntry> schemaChecked(List<OutboxEntry> entries) {
        for (OutboxEntry entry : entries) {
            EventType type = EventTypes.byType(entry.type()).orElseThrow();
            ContractSchemas.assertValid(type, entry.payload());
        }
        return entries;
    }

    protected static Map<String, Object> lastPayload(List<OutboxEntry> outbox, String name) {
        OutboxEntry entry = outbox.stream().filter(e -> e.type().contains("." + name + ".")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + outbox));
        return JsonPath.read(entry.payload(), "$");
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    public static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : List.of("[Content_Types].xml", "word/document.xml")) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<w/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
