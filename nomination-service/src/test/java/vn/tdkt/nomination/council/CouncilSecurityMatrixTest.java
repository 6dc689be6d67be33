package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.tdkt.nomination.support.Caller;
import vn.tdkt.nomination.support.NominationApiTest;
import vn.tdkt.nomination.support.SecurityMatrix;

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

    /** Ids a request may name. */
    /**
     * @param provincialItem the dossier on the provincial session's agenda; the fresh ones are on no agenda yet
     */
    record Fixture(String provincialCouncil, String unitCouncil, String provincialSession, String unitSession,
            String provincialItem, String freshProvincialDossier, String freshUnitDossier, String writtenVote) {
    }

    record Row(String name, State state, Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request,
            int... expected) {

        @Override
        public String toString() {
            return name;
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

    static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request,
            String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String scheduleBody(String council, String dossier) {
        return "{\"councilId\": \"" + council + "\", \"startsAt\": \"2026-12-18T08:30:00+07:00\", \"dossierIds\": [\""
                + dossier + "\"]}";
    }

    // ============================================================================================================
    //                                                          OWN  OTHER NO_ROLE ANON  SNV  LEADER COUNCIL ADMIN
    // ============================================================================================================
    static final List<Row> ROWS = List.of(
            new Row("establish unit council", State.SCHEDULED, f -> json(post(COUNCILS), """
                    {"name": "Hội đồng TĐKT Sở GD&ĐT", "level": "UNIT", "unitCode": "SGDDT", "members": [%s]}"""
                    .formatted(members("sgddt-09"))),                 201, 403, 403, 401, 201, 403, 403, 201),
            new Row("establish provincial council", State.SCHEDULED, f -> json(post(COUNCILS), """
                    {"name": "Hội đồng TĐKT tỉnh (mới)", "level": "PROVINCE", "members": [%s]}"""
                    .formatted(members("hd-09"))),                    403, 403, 403, 401, 201, 403, 403, 201),
            new Row("list councils", State.SCHEDULED, f -> get(COUNCILS),
                                                                      200, 200, 403, 401, 200, 200, 200, 200),
            new Row("get provincial council", State.SCHEDULED, f -> get(COUNCILS + "/" + f.provincialCouncil()),
                                                                      404, 404, 403, 401, 200, 200, 200, 200),
            new Row("get unit council", State.SCHEDULED, f -> get(COUNCILS + "/" + f.unitCouncil()),
                                                                      200, 404, 403, 401, 200, 200, 404, 200),
            new Row("revise provincial council", State.SCHEDULED, f -> json(put(COUNCILS + "/"
                    + f.provincialCouncil()), "{\"name\": \"Hội đồng TĐKT tỉnh\", \"members\": [" + members(
                    COUNCIL_MEMBER, "hd-02", "hd-03", "hd-04") + "]}"),
                                                                      404, 404, 403, 401, 200, 403, 403, 200),
            new Row("revise unit council", State.SCHEDULED, f -> json(put(COUNCILS + "/" + f.unitCouncil()),
                    "{\"name\": \"Hội đồng TĐKT Sở GD&ĐT\", \"members\": [" + members("sgddt-head", "sgddt-02",
                            "sgddt-03") + "]}"),                      200, 404, 403, 401, 200, 403, 403, 200),
            new Row("schedule provincial session", State.SCHEDULED, f -> json(post(SESSIONS),
                    scheduleBody(f.provincialCouncil(), f.freshProvincialDossier())),
                                                                      404, 404, 403, 401, 201, 403, 403, 201),
            new Row("schedule unit session", State.SCHEDULED, f -> json(post(SESSIONS),
                    scheduleBody(f.unitCouncil(), f.freshUnitDossier())), 201, 404, 403, 401, 201, 403, 403, 201),
            new Row("list sessions", State.SCHEDULED, f -> get(SESSIONS),
                                                                      200, 200, 403, 401, 200, 200, 200, 200),
            new Row("my sessions", State.SCHEDULED, f -> get(SESSIONS + "/mine"),
                                                                      200, 200, 403, 401, 200, 200, 200, 200),
            new Row("get provincial session", State.SCHEDULED, f -> get(SESSIONS + "/" + f.provincialSession()),
                                                                      404, 404, 403, 401, 200, 200, 200, 200),
            new Row("get unit session", State.SCHEDULED, f -> get(SESSIONS + "/" + f.unitSession()),
                                                                      200, 404, 403, 401, 200, 200, 404, 200),
            new Row("turnout", State.BALLOT_OPEN, f -> get(SESSIONS + "/" + f.provincialSession() + "/turnout"),
                                                                      404, 404, 403, 401, 200, 200, 200, 200),
            new Row("attendance provincial", State.SCHEDULED, f -> json(put(SESSIONS + "/" + f.provincialSession()
                    + "/attendance"), "{\"present\": [\"hdtdkt-user\", \"hd-02\", \"hd-03\"]}"),
                                                                      404, 404, 403, 401, 200, 403, 403, 200),
            new Row("attendance unit", State.SCHEDULED, f -> json(put(SESSIONS + "/" + f.unitSession()
                    + "/attendance"), "{\"present\": [\"sgddt-head\", \"sgddt-02\"]}"),
                                                                      200, 404, 403, 401, 200, 403, 403, 200),
            new Row("recusal", State.SCHEDULED, f -> json(post(SESSIONS + "/" + f.provincialSession()
                    + "/recusals"), "{\"memberId\": \"hd-02\", \"dossierId\": \"" + f.provincialItem()
                    + "\", \"note\": \"Xin không biểu quyết\"}"),
                                                                      404, 404, 403, 401, 200, 403, 403, 200),
            new Row("written vote", State.SCHEDULED, f -> multipart(SESSIONS + "/" + f.provincialSession()
                    + "/written-votes").file(new MockMultipartFile("file", "phieu.pdf", "application/pdf",
                    NominationApiTest.pdf())).param("memberId", "hd-03")
                    .param("choices", "{\"" + f.provincialItem() + "\": \"REJECT\"}"),
                                                                      404, 404, 403, 401, 200, 403, 403, 200),
            new Row("written vote document", State.WRITTEN_VOTE, f -> get(SESSIONS + "/" + f.provincialSession()
                    + "/written-votes/" + f.writtenVote() + "/document"),
                                                                      404, 404, 403, 401, 200, 200, 200, 200),
            new Row("open ballot", State.PRESENT, f -> post(SESSIONS + "/" + f.provincialSession()
                    + "/ballot/open"),                                404, 404, 403, 401, 200, 403, 403, 200),
            new Row("cast ballot", State.BALLOT_OPEN, f -> json(post(SESSIONS + "/" + f.provincialSession()
                    + "/ballots"), "{\"dossierId\": \"" + f.provincialItem()
                    + "\", \"choice\": \"APPROVE\"}"),                404, 404, 403, 401, 404, 404, 200, 404),
            new Row("close ballot", State.BALLOT_OPEN, f -> post(SESSIONS + "/" + f.provincialSession()
                    + "/ballot/close"),                               404, 404, 403, 401, 200, 403, 403, 200),
            new Row("cancel", State.SCHEDULED, f -> json(post(SESSIONS + "/" + f.provincialSession() + "/cancel"),
                    "{\"reason\": \"Lùi lịch họp\"}"),                404, 404, 403, 401, 200, 403, 403, 200),
            new Row("minutes pdf", State.CLOSED, f -> get(SESSIONS + "/" + f.provincialSession() + "/minutes.pdf"),
                                                                      404, 404, 403, 401, 200, 200, 200, 200),
            new Row("minutes docx", State.CLOSED, f -> get(SESSIONS + "/" + f.provincialSession()
                    + "/minutes.docx"),                               404, 404, 403, 401, 200, 200, 200, 200));

    static Stream<Arguments> matrix() {
        return SecurityMatrix.cases(ROWS, (row, caller) -> Arguments.of(row, caller, row.expected()[caller.ordinal()]));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void endpoint_answers_each_caller_as_specified(Row row, Caller caller, int expected) throws Exception {
        Fixture fixture = fixture(row.state());
        Map<String, Long> before = counts();
        String sessionBefore = read(fixture.provincialSession());

        MockHttpServletResponse response = SecurityMatrix.send(mvc, row.request().apply(fixture), caller);

        assertThat(response.getStatus()).as("%s as %s: %s", row, caller, body(response)).isEqualTo(expected);
        if (expected >= 400) {
            SecurityMatrix.assertProblem(response);
            assertThat(counts()).as("a refused request changes nothing").isEqualTo(before);
            assertThat(read(fixture.provincialSession())).as("the session is unchanged").isEqualTo(sessionBefore);
        }
        if (expected == 200 && row.name().startsWith("list")) {
            String listed = body(response);
            boolean seesUnitCouncil = listed.contains(fixture.unitCouncil());
            assertThat(seesUnitCouncil).as("%s sees %s's council", caller, OWN).isEqualTo(
                    caller != Caller.OTHER_UNIT_OFFICER && caller != Caller.COUNCIL_MEMBER);
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
