package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.tdkt.nomination.support.MatrixCallers.COLUMNS;
import static vn.tdkt.nomination.support.MatrixCallers.OTHER_UNIT_OFFICER;
import static vn.tdkt.nomination.support.MatrixRows.everyRole;
import static vn.tdkt.nomination.support.MatrixRows.gets;
import static vn.tdkt.nomination.support.MatrixRows.ownUnitOrSnv;
import static vn.tdkt.nomination.support.MatrixRows.snvOnly;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.JSON;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.given;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.perform;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import vn.tdkt.nomination.support.NominationApiTest;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;
import vn.tdkt.platformtest.matrix.SecurityMatrix;

/**
 * The council feature's block of the service's security matrix: every council and council-session endpoint × the own
 * unit's officer ({@value #OWN}, which has its own unit council), another unit's officer, a token without role, no
 * token, and the province-wide roles. The council member's token ({@code hdtdkt-user}) sits on the provincial council
 * only, so it reads that council and its sessions and nothing of the unit's. Each case builds its own fixture in the
 * state the endpoint needs; a refused request changes nothing.
 */
class CouncilSecurityMatrixTest extends CouncilTestSupport {

    static final String OWN = "SGDDT";
    static final String OTHER = "SYT";
    static final String COUNCIL_MEMBER = "hdtdkt-user";

    /** The state a case's fixture is brought to before the request. */
    enum State { SCHEDULED, PRESENT, BALLOT_OPEN, CLOSED, WRITTEN_VOTE }

    /**
     * Ids a request may name, as placeholders ({@code {unitCouncil}}).
     *
     * @param provincialItem the dossier on the provincial session's agenda; the fresh ones are on no agenda yet
     */
    record Fixture(String provincialCouncil, String unitCouncil, String provincialSession, String unitSession,
            String provincialItem, String freshProvincialDossier, String freshUnitDossier, String writtenVote) {

        String put(String text) {
            return text.replace("{provincialCouncil}", provincialCouncil).replace("{unitCouncil}", unitCouncil)
                    .replace("{provincialSession}", provincialSession).replace("{unitSession}", unitSession)
                    .replace("{provincialItem}", provincialItem)
                    .replace("{freshProvincialDossier}", freshProvincialDossier)
                    .replace("{freshUnitDossier}", freshUnitDossier)
                    .replace("{writtenVote}", String.valueOf(writtenVote));
        }
    }

    static String members(String... ids) {
        List<String> json = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            json.add(memberJson(ids[i], "Thành viên " + ids[i], i == 0 ? "CHU_TICH" : "UY_VIEN",
                    ids[i].startsWith("sgddt") ? OWN : "HDTDKT", null, null));
        }
        return String.join(",", json);
    }

    static String scheduleBody(String council, String dossier) {
        return "{\"councilId\": \"" + council + "\", \"startsAt\": \"2026-12-18T08:30:00+07:00\", \"dossierIds\": [\""
                + dossier + "\"]}";
    }

    /** A read of the provincial council or its sessions: a unit's officer is told they do not exist. */
    static Object[] provincialRead() {
        return COLUMNS.statuses(404, 404, 403, 401, 200, 200, 200, 200);
    }

    /** Sở Nội vụ's act on the provincial council or its sessions: a unit's officer is told they do not exist. */
    static Object[] provincialAct(int status) {
        return COLUMNS.statuses(404, 404, 403, 401, status, 403, 403, status);
    }

    /** A read of the unit's council or its sessions: the council member's token sits on the provincial one only. */
    static Object[] unitRead() {
        return COLUMNS.statuses(200, 404, 403, 401, 200, 200, 404, 200);
    }

    static Stream<Row> matrix() {
        String provincial = SESSIONS + "/{provincialSession}";
        String unit = SESSIONS + "/{unitSession}";
        Stream<Row> scheduled = rows(
                //                               OWN  OTHER NO_ROLE ANON SNV  LEADER COUNCIL ADMIN
                endpoint("establish unit council", POST, COUNCILS, JSON, """
                        {"name": "Hội đồng TĐKT Sở GD&ĐT", "level": "UNIT", "unitCode": "SGDDT", "members": [%s]}"""
                        .formatted(members("sgddt-09")),
                        COLUMNS.statuses(201, 403, 403, 401, 201, 403, 403, 201)),
                endpoint("establish provincial council", POST, COUNCILS, JSON, """
                        {"name": "Hội đồng TĐKT tỉnh (mới)", "level": "PROVINCE", "members": [%s]}"""
                        .formatted(members("hd-09")), snvOnly(201)),
                gets(everyRole(), COUNCILS, SESSIONS, SESSIONS + "/mine"),
                gets(provincialRead(), COUNCILS + "/{provincialCouncil}", provincial),
                gets(unitRead(), COUNCILS + "/{unitCouncil}", unit),
                endpoint("revise provincial council", PUT, COUNCILS + "/{provincialCouncil}", JSON,
                        "{\"name\": \"Hội đồng TĐKT tỉnh\", \"members\": [" + members(COUNCIL_MEMBER, "hd-02", "hd-03",
                                "hd-04") + "]}",
                        provincialAct(200)),
                endpoint("revise unit council", PUT, COUNCILS + "/{unitCouncil}", JSON,
                        "{\"name\": \"Hội đồng TĐKT Sở GD&ĐT\", \"members\": [" + members("sgddt-head", "sgddt-02",
                                "sgddt-03") + "]}",
                        ownUnitOrSnv(200)),
                endpoint("schedule provincial session", POST, SESSIONS, JSON,
                        scheduleBody("{provincialCouncil}", "{freshProvincialDossier}"), provincialAct(201)),
                endpoint("schedule unit session", POST, SESSIONS, JSON,
                        scheduleBody("{unitCouncil}", "{freshUnitDossier}"), ownUnitOrSnv(201)),
                endpoint("attendance provincial", PUT, provincial + "/attendance", JSON,
                        "{\"present\": [\"hdtdkt-user\", \"hd-02\", \"hd-03\"]}", provincialAct(200)),
                endpoint("attendance unit", PUT, unit + "/attendance", JSON,
                        "{\"present\": [\"sgddt-head\", \"sgddt-02\"]}", ownUnitOrSnv(200)),
                endpoint("recusal", POST, provincial + "/recusals", JSON,
                        "{\"memberId\": \"hd-02\", \"dossierId\": \"{provincialItem}\", \"note\": \"Xin không biểu quyết\"}",
                        provincialAct(200)),
                endpoint("written vote", ids -> multipart(ids.apply(provincial + "/written-votes"))
                                .file(new MockMultipartFile("file", "phieu.pdf", "application/pdf",
                                        NominationApiTest.pdf()))
                                .param("memberId", "hd-03")
                                .param("choices", ids.apply("{\"{provincialItem}\": \"REJECT\"}")),
                        provincialAct(200)),
                endpoint("cancel", POST, provincial + "/cancel", JSON, "{\"reason\": \"Lùi lịch họp\"}",
                        provincialAct(200)));
        return rows(
                given(State.SCHEDULED, scheduled),
                given(State.BALLOT_OPEN, gets(provincialRead(), provincial + "/turnout")),
                given(State.WRITTEN_VOTE,
                        gets(provincialRead(), provincial + "/written-votes/{writtenVote}/document")),
                given(State.PRESENT, endpoint("open ballot", POST, provincial + "/ballot/open", provincialAct(200))),
                given(State.BALLOT_OPEN,
                        // only a member of the council casts a ballot: to everyone else there is none
                        endpoint("cast ballot", POST, provincial + "/ballots", JSON,
                                "{\"dossierId\": \"{provincialItem}\", \"choice\": \"APPROVE\"}",
                                COLUMNS.statuses(404, 404, 403, 401, 404, 404, 200, 404)),
                        endpoint("close ballot", POST, provincial + "/ballot/close", provincialAct(200))),
                given(State.CLOSED, gets(provincialRead(), provincial + "/minutes.pdf", provincial + "/minutes.docx")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void endpoint_answers_each_caller_as_specified(Row row) throws Exception {
        Fixture fixture = fixture((State) row.given());

        MockHttpServletResponse response = perform(mvc, row, fixture::put,
                () -> List.of(counts(), read(fixture.provincialSession())));

        if (row.status() == 200 && (COUNCILS.equals(row.path()) || SESSIONS.equals(row.path()))) {
            String listed = body(response);
            boolean seesUnitCouncil = listed.contains(fixture.unitCouncil());
            assertThat(seesUnitCouncil).as("%s sees %s's council", row.caller(), OWN).isEqualTo(
                    row.caller() != OTHER_UNIT_OFFICER && row.caller() != SecurityMatrix.COUNCIL_MEMBER);
        }
    }

    /**
     * The provincial council (the council member's token sits on it, as chair) and {@value #OWN}'s own council, each
     * with a scheduled session on one appraised dossier, and one more appraised dossier for each not yet on an agenda.
     */
    private Fixture fixture(State state) throws Exception {
        String provincial = establish("Hội đồng TĐKT tỉnh", "PROVINCE", null,
                List.of(members(COUNCIL_MEMBER, "hd-02", "hd-03")));
        String unit = establish("Hội đồng TĐKT Sở GD&ĐT", "UNIT", OWN, List.of(members("sgddt-head", "sgddt-02")));
        String provincialDossier = appraisedCollective(OTHER, "Khoa Nhi", "CO_TINH", "Cờ thi đua của UBND tỉnh");
        String unitDossier = appraisedPerson(OWN, "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String provincialSession = schedule(provincial, provincialDossier);
        String unitSession = schedule(unit, unitDossier);
        String freshProvincial = appraisedCollective(OTHER, "Khoa Sản", "CO_TINH", "Cờ thi đua của UBND tỉnh");
        String freshUnit = appraisedPerson(OWN, "Trần Văn Bình", null, LocalDate.of(1980, 1, 1), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String writtenVote = null;
        if (state == State.WRITTEN_VOTE) {
            String view = body(mvc.perform(multipart(SESSIONS + "/" + provincialSession + "/written-votes")
                    .file(new MockMultipartFile("file", "phieu.pdf", "application/pdf", NominationApiTest.pdf()))
                    .param("memberId", "hd-03").param("choices", "{\"" + provincialDossier + "\": \"APPROVE\"}")
                    .with(snv())).andReturn().getResponse());
            writtenVote = JsonPath.read(view, "$.writtenVotes[0].id");
        }
        if (state == State.PRESENT || state == State.BALLOT_OPEN || state == State.CLOSED) {
            attendance(provincialSession, List.of(COUNCIL_MEMBER, "hd-02", "hd-03"));
        }
        if (state == State.BALLOT_OPEN || state == State.CLOSED) {
            assertThat(openBallot(provincialSession).getStatus()).isEqualTo(200);
        }
        if (state == State.CLOSED) {
            vote(COUNCIL_MEMBER, provincialSession, provincialDossier, "APPROVE");
            assertThat(closeBallot(provincialSession).getStatus()).isEqualTo(200);
        }
        return new Fixture(provincial, unit, provincialSession, unitSession, provincialDossier, freshProvincial,
                freshUnit, writtenVote);
    }

    private Map<String, Long> counts() {
        return Map.of("councils", mongo.count(new Query(), "councils"),
                "council_sessions", mongo.count(new Query(), "council_sessions"),
                "council_voter_roll", mongo.count(new Query(), "council_voter_roll"),
                "council_ballots", mongo.count(new Query(), "council_ballots"),
                "council_files", mongo.count(new Query(), "council_files.files"));
    }
}
