package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.nomination.dossier.domain.Achievement;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.dossier.domain.Gender;
import vn.tdkt.nomination.dossier.domain.MemberCounts;
import vn.tdkt.nomination.dossier.domain.Proposal;
import vn.tdkt.nomination.dossier.domain.Subject;
import vn.tdkt.nomination.dossier.persistence.DossierStore;
import vn.tdkt.nomination.sla.application.WorkingDays;
import vn.tdkt.nomination.support.MongoCollections;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * Councils, sessions and ballots driven through the API as the Sở Nội vụ and the members would, on appraised dossiers
 * made through the dossier aggregate's own commands. Every test starts from empty council, ballot, notice and dossier
 * collections on 01/12/2026 (catalogue version 2, NĐ 152/2025, in force).
 */
public abstract class CouncilTestSupport extends ServiceTest {

    protected static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    protected static final String COUNCILS = "/api/v1/councils";
    protected static final String SESSIONS = "/api/v1/council-sessions";

    @Autowired
    protected DossierStore dossierStore;

    @Autowired
    protected WorkingDays workingDays;

    @BeforeEach
    void emptyCollections() {
        clock.set(TODAY);
        MongoCollections.empty(mongo, "dossiers", "councils", "council_sessions", "council_voter_roll",
                "council_ballots", "council_files.files", "council_files.chunks", "public_notices",
                "notice_comments", "rate_limit_counters", "audit_chain");
    }

    // ------------------------------------------------------------------------------------------------ callers

    /** A council member's token: the subject is the member id. */
    public static JwtRequestPostProcessor member(String memberId) {
        return member(memberId, "HDTDKT", "COUNCIL_MEMBER");
    }

    public static JwtRequestPostProcessor member(String memberId, String unit, String... roles) {
        return jwt().jwt(token -> token.subject(memberId).claim("unit", unit).claim("roles", List.of(roles)))
                .authorities(java.util.Arrays.stream(roles)
                        .map(r -> (org.springframework.security.core.GrantedAuthority) new SimpleGrantedAuthority(
                                "ROLE_" + r))
                        .toList());
    }

    protected static RequestPostProcessor snv() {
        return TestTokens.snvOfficer();
    }

    // ------------------------------------------------------------------------------------------------ dossiers

    /** An appraised-eligible dossier of a person of {@code unit} proposed for {@code award}. */
    protected String appraisedPerson(String unit, String name, String nationalId, LocalDate birth, String award,
            String awardName) {
        Subject subject = Subject.person(name, birth, Gender.FEMALE, "Giáo viên", unit, nationalId);
        return appraised(unit, subject, award, awardName);
    }

    protected String appraisedCollective(String unit, String name, String award, String awardName) {
        return appraised(unit, Subject.collective(name, unit, new MemberCounts(40, 25, 38, 6, null, 0)), award,
                awardName);
    }

    protected String appraised(String unit, Subject subject, String award, String awardName) {
        Instant now = clock.instant();
        DossierContent content = new DossierContent(subject, new Proposal(award, awardName, 2026, null),
                new Achievement("Hoàn thành xuất sắc nhiệm vụ năm 2026; dẫn đầu phong trào thi đua “Dạy tốt, học tốt”",
                        "QD-" + Ids.newId(clock), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), List.of()),
                List.of());
        Dossier dossier = Dossier.draft(Ids.newId(clock), unit, null, content, unit.toLowerCase() + "-user", now)
                .aggregate();
        dossier.submit(unit.toLowerCase() + "-user", now, TODAY, workingDays.context());
        dossier.assign("snv-user", "snv-user", now, TODAY, workingDays.context());
        dossier.appraise(AppraisalOutcome.ELIGIBLE, List.of("Đủ điều kiện"), "nd152-2025", List.of(), "snv-user",
                now, TODAY, workingDays.context());
        return dossierStore.insert(dossier, List.of()).value().id();
    }

    // ------------------------------------------------------------------------------------------------ councils

    /** A member as the council API takes it. */
    protected static String memberJson(String memberId, String name, String role, String unit, String nationalId,
            String relationships) {
        return """
                {"memberId": "%s", "name": "%s", "role": "%s", "unitCode": %s, "email": "%s@tinh.example.vn",
                 "nationalId": %s, "birthDate": "1970-05-01", "termFrom": "2026-01-01", "relationships": %s}
                """.formatted(memberId, name, role, unit == null ? "null" : "\"" + unit + "\"", memberId,
                nationalId == null ? "null" : "\"" + nationalId + "\"", relationships == null ? "[]" : relationships);
    }

    /** {@code count} plain members hd-01… of the province's council (chair first), none from a unit in the tests. */
    protected static List<String> plainMembers(int count) {
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String role = i == 1 ? "CHU_TICH" : i == 2 ? "PHO_CHU_TICH" : i == 3 ? "THUONG_TRUC" : "UY_VIEN";
            members.add(memberJson(id(i), "Thành viên " + i, role, "HDTDKT", null, null));
        }
        return members;
    }

    protected static String id(int i) {
        return "hd-%02d".formatted(i);
    }

    protected String establish(String name, String level, String unit, List<String> members) throws Exception {
        String body = """
                {"name": "%s", "level": "%s", "unitCode": %s, "establishedOn": "2026-01-01", "members": [%s]}
                """.formatted(name, level, unit == null ? "null" : "\"" + unit + "\"", String.join(",", members));
        return JsonPath.read(expect(post(COUNCILS).with(snv()).contentType(MediaType.APPLICATION_JSON).content(body),
                201), "$.id");
    }

    protected String provincialCouncil(List<String> members) throws Exception {
        return establish("Hội đồng Thi đua – Khen thưởng tỉnh", "PROVINCE", null, members);
    }

    // ------------------------------------------------------------------------------------------------ sessions

    protected String schedule(String councilId, String... dossierIds) throws Exception {
        String body = """
                {"councilId": "%s", "startsAt": "2026-12-18T08:30:00+07:00", "location": "Phòng họp số 1, UBND tỉnh",
                 "dossierIds": [%s]}
                """.formatted(councilId, java.util.Arrays.stream(dossierIds).map(d -> "\"" + d + "\"")
                .collect(Collectors.joining(",")));
        return JsonPath.read(expect(post(SESSIONS).with(snv()).contentType(MediaType.APPLICATION_JSON).content(body),
                201), "$.id");
    }

    protected MockHttpServletResponse attendance(String sessionId, List<String> present) throws Exception {
        return mvc.perform(put(SESSIONS + "/" + sessionId + "/attendance").with(snv())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"present\": [" + present.stream().map(m -> "\"" + m + "\"")
                        .collect(Collectors.joining(",")) + "]}")).andReturn().getResponse();
    }

    protected MockHttpServletResponse openBallot(String sessionId) throws Exception {
        return mvc.perform(post(SESSIONS + "/" + sessionId + "/ballot/open").with(snv())).andReturn().getResponse();
    }

    protected MockHttpServletResponse vote(String memberId, String sessionId, String dossierId, String choice)
            throws Exception {
        return mvc.perform(post(SESSIONS + "/" + sessionId + "/ballots").with(member(memberId))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"dossierId\": \"" + dossierId + "\", \"choice\": \"" + choice + "\"}"))
                .andReturn().getResponse();
    }

    protected MockHttpServletResponse closeBallot(String sessionId) throws Exception {
        return mvc.perform(post(SESSIONS + "/" + sessionId + "/ballot/close").with(snv())).andReturn().getResponse();
    }

    /** Members hd-01… all present; the first {@code approvals} approve the dossier, the others reject it; closed. */
    protected void voteAndClose(String session, String dossier, int members, int approvals) throws Exception {
        List<String> present = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            present.add(id(i));
        }
        assertThat(attendance(session, present).getStatus()).isEqualTo(200);
        assertThat(openBallot(session).getStatus()).isEqualTo(200);
        for (int i = 1; i <= members; i++) {
            assertThat(vote(id(i), session, dossier, i <= approvals ? "APPROVE" : "REJECT").getStatus())
                    .isEqualTo(200);
        }
        assertThat(closeBallot(session).getStatus()).isEqualTo(200);
    }

    protected String read(String sessionId) throws Exception {
        return expect(get(SESSIONS + "/" + sessionId).with(snv()), 200);
    }

    protected String expect(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        return body;
    }

    protected static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The events an aggregate document recorded and not yet relayed, each checked against its schema. */
    protected List<OutboxEntry> outbox(String collection, String id) {
        org.bson.Document document = mongo.findById(id, org.bson.Document.class, collection);
        assertThat(document).as("%s %s", collection, id).isNotNull();
        List<OutboxEntry> entries = new ArrayList<>();
        for (org.bson.Document entry : document.getList("outbox", org.bson.Document.class)) {
            OutboxEntry read = mongo.getConverter().read(OutboxEntry.class, entry);
            EventType type = EventTypes.byType(read.type()).orElseThrow();
            ContractSchemas.assertValid(type, read.payload());
            entries.add(read);
        }
        return entries;
    }

    protected static Map<String, Object> payload(List<OutboxEntry> outbox, String name) {
        OutboxEntry entry = outbox.stream().filter(e -> e.type().contains("." + name + ".")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + outbox));
        return JsonPath.read(entry.payload(), "$");
    }
}
