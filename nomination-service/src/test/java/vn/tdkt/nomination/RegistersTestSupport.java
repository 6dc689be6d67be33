package vn.tdkt.nomination;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import vn.tdkt.nomination.catalogue.persistence.CatalogueVersionDocument;
import vn.tdkt.nomination.facts.holds.persistence.DisciplineDocument;
import vn.tdkt.nomination.facts.holds.persistence.HoldDocument;
import vn.tdkt.nomination.facts.innovations.persistence.InnovationDocument;
import vn.tdkt.nomination.facts.ratings.persistence.RatingDocument;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * The Spring tests of the catalogue, the rules and the fact registers: one shared context, empty registers and
 * published catalogue versions before each test, the clock on 20/11/2026 (NĐ 152 regime, catalogue version 2), and
 * helpers that drive the API like a client.
 */
public abstract class RegistersTestSupport extends ServiceTest {

    protected static final String OWN_UNIT = "SGDDT";
    protected static final String OTHER_UNIT = "SYT";
    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @BeforeEach
    void emptyRegisters() {
        clock.set(TODAY);
        for (Class<?> type : new Class<?>[] {RatingDocument.class, InnovationDocument.class, HoldDocument.class,
                DisciplineDocument.class, CatalogueVersionDocument.class}) {
            mongo.remove(new Query(), type);
        }
    }

    /** Records a hold on a person of {@link #OWN_UNIT} as a Sở Nội vụ officer and returns its id. */
    protected String recordHold(String subjectJson, String kind, String since) throws Exception {
        String body = """
                {"subject": %s, "kind": "%s", "since": "%s", "reason": "Đơn tố cáo đang xác minh",
                 "sourceDocument": "Danh sách của Thanh tra tỉnh số 12/TTr"}
                """.formatted(subjectJson, kind, since);
        return createdId("/api/v1/holds", body);
    }

    protected String recordInnovation(String id, String ownerJson, String level, int year) throws Exception {
        String body = """
                {%s"title": "Số hóa hồ sơ thi đua", "level": "%s", "year": %d, "owner": %s,
                 "recognisedBy": "Giám đốc Sở Giáo dục và Đào tạo", "recognitionRef": "QĐ 123/QĐ-SGDĐT",
                 "recognisedOn": "%d-10-15"}
                """.formatted(id == null ? "" : "\"id\": \"" + id + "\", ", level, year, ownerJson, year);
        return createdId("/api/v1/innovations", body);
    }

    protected String recordDiscipline(String subjectJson, String level, String from, String to) throws Exception {
        String body = """
                {"subject": %s, "level": "%s", "from": "%s", "to": %s, "decisionRef": "QĐ 45/QĐ-SGDĐT"}
                """.formatted(subjectJson, level, from, to == null ? "null" : "\"" + to + "\"");
        return createdId("/api/v1/disciplines", body);
    }

    /** A person of the own unit, by name, birth date and unit. */
    protected static String person(String name, String birthDate) {
        return """
                {"fullName": "%s", "birthDate": "%s", "unitCode": "%s"}""".formatted(name, birthDate, OWN_UNIT);
    }

    protected static String personWithId(String nationalId) {
        return """
                {"nationalId": "%s", "unitCode": "%s"}""".formatted(nationalId, OWN_UNIT);
    }

    /** Posts the record as a Sở Nội vụ officer, expects 201 and returns the new record's id. */
    private String createdId(String path, String body) throws Exception {
        String response = mvc.perform(post(path).with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }
}
