package vn.tdkt.nomination.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.nomination.dossier.domain.Achievement;
import vn.tdkt.nomination.dossier.domain.DeclaredAward;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.dossier.domain.Gender;
import vn.tdkt.nomination.dossier.domain.MemberCounts;
import vn.tdkt.nomination.dossier.domain.Proposal;
import vn.tdkt.nomination.dossier.domain.Subject;
import vn.tdkt.nomination.dossier.persistence.DossierStore;
import vn.tdkt.nomination.register.domain.RegisterColumn;
import vn.tdkt.nomination.register.persistence.AwardRecordDocument;
import vn.tdkt.nomination.sla.application.WorkingDays;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * The Spring tests of decisions, money, the award register, revocations and certificates: empty registers, decisions,
 * claims and audit chain before each test, and helpers that seed the register (xlsx import, as Sở Nội vụ would),
 * bring dossiers to "appraised eligible" through the dossier's own commands, and decide.
 */
public abstract class AwardTestSupport extends NominationApiTest {

    protected static final String HOA_ID = "001085000123";
    protected static final LocalDate HOA_BORN = LocalDate.of(1985, 3, 2);

    @Autowired
    protected DossierStore dossierStore;

    @Autowired
    protected WorkingDays workingDays;

    @BeforeEach
    void emptyAwardCollections() {
        clock.set(LocalDate.of(2026, 12, 20));
        MongoCollections.empty(mongo, "award_register", "decisions", "decision_claims", "audit_chain",
                "revocations", "revocation_claims", "funds", "ratings", "innovations", "holds", "disciplines");
    }

    protected static RequestPostProcessor snvOfficer() {
        return TestTokens.snvOfficer();
    }

    /** A historical-decisions workbook: the template's headers, then {@code rows} in the template's column order. */
    public static byte[] registerWorkbook(List<String[]> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sổ khen thưởng");
            Row header = sheet.createRow(0);
            for (RegisterColumn column : RegisterColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            int r = 1;
            for (String[] cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A register row of a person: type, name, national ID, birth date, unit, address, award, year, commendation
     * type, decision number, decision date, authority, signer, provenance.
     */
    public static String[] personRow(String name, String nationalId, String unit, String award, int year,
            String number, String date, String authority) {
        return new String[] {"Cá nhân", name, nationalId, "02/03/1985", unit, null, award, String.valueOf(year),
                "Công trạng", number, date, authority, "Trần Văn Bình", "Sổ khen thưởng 2015–2025"};
    }

    protected ResultActions importRegister(List<String[]> rows) throws Exception {
        return mvc.perform(post("/api/v1/award-register/imports").with(snvOfficer())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .content(registerWorkbook(rows)));
    }

    /** Nguyễn Thị Hoa's CSTĐCS of these years, decided by her department's head each 15 December. */
    protected void hoaHoldsCstdcs(int... years) throws Exception {
        List<String[]> rows = new java.util.ArrayList<>();
        for (int year : years) {
            rows.add(personRow("Nguyễn Thị Hoa", HOA_ID, OWN, "CSTDCS", year, year + "0/QĐ-SGDĐT",
                    "15/12/" + year, "THU_TRUONG_SO_NGANH"));
        }
        importRegister(rows).andExpect(status(200));
    }

    /** A dossier of {@value #OWN} for a person, brought to "appraised eligible" through the dossier's commands. */
    protected String eligiblePerson(String name, String nationalId, String award, int year) {
        return eligible(new DossierContent(Subject.person(name, HOA_BORN, Gender.FEMALE, "Giáo viên", OWN,
                nationalId), new Proposal(award, null, year, null),
                new Achievement("Hoàn thành xuất sắc nhiệm vụ năm " + year, null, null, null, List.of()),
                List.of()));
    }

    protected String eligiblePersonDeclaring(String name, String nationalId, String award, int year,
            List<DeclaredAward> declared) {
        return eligible(new DossierContent(Subject.person(name, HOA_BORN, Gender.FEMALE, "Giáo viên", OWN,
                nationalId), new Proposal(award, null, year, null),
                new Achievement("Hoàn thành xuất sắc nhiệm vụ năm " + year, null, null, null, List.of()), declared));
    }

    protected String eligibleHousehold(String head, String award, int year) {
        return eligible(new DossierContent(Subject.household(head, OWN, "Bản Hụm, phường Chiềng Lề"),
                new Proposal(award, null, year, null),
                new Achievement("Hiến đất làm đường giao thông nông thôn", null, null, null, List.of()), List.of()));
    }

    protected String eligibleCollective(String name, String award, int year) {
        return eligible(new DossierContent(Subject.collective(name, OWN, new MemberCounts(20, 12, 18, 3, "HTTNV", 0)),
                new Proposal(award, null, year, null),
                new Achievement("Hoàn thành xuất sắc nhiệm vụ năm " + year, null, null, null, List.of()), List.of()));
    }

    /** Draft, submit, assign, appraise eligible: the dossier's own commands through its store. */
    protected String eligible(DossierContent content) {
        String id = Ids.newId(clock);
        Instant now = clock.instant();
        LocalDate today = clock.today();
        var sla = workingDays.context();
        dossierStore.insert(Dossier.draft(id, OWN, null, content, "sgddt-user", now));
        dossierStore.update(id, VersionPrecondition.none(), d -> d.submit("sgddt-user", now, today, sla));
        dossierStore.update(id, VersionPrecondition.none(), d -> d.assign("snv-user", "snv-user", now, today, sla));
        dossierStore.update(id, VersionPrecondition.none(), d -> d.appraise(null, List.of(), "nd152-2025", List.of(),
                "snv-user", now, today, sla));
        return id;
    }

    protected ResultActions decide(String number, String date, String authority, String... dossierIds)
            throws Exception {
        return mvc.perform(post("/api/v1/decisions").with(snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                .content(decisionJson(number, date, authority, dossierIds)));
    }

    protected static String decisionJson(String number, String date, String authority, String... dossierIds) {
        return """
                {"number": "%s", "date": "%s", "signer": "Lê Văn Thành", "signerTitle": "Chủ tịch",
                 "authority": "%s", "dossierIds": [%s]}""".formatted(number, date, authority,
                String.join(", ", java.util.Arrays.stream(dossierIds).map(d -> "\"" + d + "\"").toList()));
    }

    protected static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    protected static <T> T json(ResultActions result, String path) throws Exception {
        return JsonPath.read(body(result), path);
    }

    /** Expects the problem {@code code} with HTTP {@code status}; returns the answer for further checks. */
    protected static ResultActions expectProblem(ResultActions result, int status, String code) throws Exception {
        result.andExpect(status(status));
        assertThat((String) json(result, "$.code")).isEqualTo(code);
        return result;
    }

    /** The events an award has recorded and not yet relayed, each checked against its schema. */
    protected List<OutboxEntry> awardOutbox(String awardId) {
        List<OutboxEntry> entries = mongo.findById(awardId, AwardRecordDocument.class).getOutbox();
        assertThat(entries).isNotNull();
        return schemaChecked(entries);
    }
}
