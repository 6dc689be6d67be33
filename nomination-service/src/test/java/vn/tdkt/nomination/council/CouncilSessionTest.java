package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import vn.tdkt.nomination.council.application.DecisionGates;
import vn.tdkt.nomination.council.application.DecisionGates.GateReason;
import vn.tdkt.nomination.support.NominationApiTest;

/**
 * A provincial council's session from invitation to tally: the agenda is checked against the catalogue, conflicts of
 * interest become recusals, the ballot cannot open below quorum (R-MEET-01), members vote once each and never on an
 * item they are recused from, an absent member's written vote counts (R-VOTE-02), and closing counts on the total
 * membership, publishes {@code council-voted}, fills the audit chain without a member's name and opens the decision
 * gate of a passing dossier only.
 */
class CouncilSessionTest extends CouncilTestSupport {

    @Autowired
    DecisionGates gates;

    @Test
    void a_session_detects_conflicts_waits_for_quorum_counts_on_total_members_and_records_the_tally()
            throws Exception {
        // given: ten members; hd-04 is from the teacher's unit, hd-05 is the teacher herself (same national ID),
        // hd-06 declared a relationship with the collective's dossier
        String teacher = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", "001185000123", LocalDate.of(1985, 3, 2),
                "CSTDCS", "Chiến sĩ thi đua cơ sở");
        String collective = appraisedCollective("SYT", "Khoa Nhi, Bệnh viện đa khoa tỉnh", "CO_TINH",
                "Cờ thi đua của UBND tỉnh");
        List<String> members = new ArrayList<>(plainMembers(3));
        members.add(memberJson(id(4), "Lê Văn Giáo", "UY_VIEN", "SGDDT", null, null));
        members.add(memberJson(id(5), "Nguyễn Thị Hoa", "UY_VIEN", "HDTDKT", "001185000123", null));
        members.add(memberJson(id(6), "Phạm Văn Y", "UY_VIEN", "HDTDKT", null,
                "[{\"dossierId\": \"" + collective + "\", \"nature\": \"vợ là trưởng khoa\"}]"));
        for (int i = 7; i <= 10; i++) {
            members.add(memberJson(id(i), "Thành viên " + i, "UY_VIEN", "HDTDKT", null, null));
        }
        String council = provincialCouncil(members);

        // when: the session is scheduled
        String session = schedule(council, teacher, collective);

        // then: every member in office is invited with the agenda, and the conflicts are recorded
        Map<String, Object> invited = payload(outbox("council_sessions", session), "council-session-scheduled");
        assertThat(JsonPath.<List<String>>read(invited, "$.invitees[*].memberId")).hasSize(10).contains(id(1), id(10));
        assertThat(JsonPath.<List<String>>read(invited, "$.invitees[*].email")).contains("hd-01@tinh.example.vn");
        assertThat(JsonPath.<List<String>>read(invited, "$.agenda[*].awardCode")).containsExactly("CSTDCS", "CO_TINH");
        String view = read(session);
        assertThat(JsonPath.<List<String>>read(view, "$.recusals[?(@.dossierId == '" + teacher + "')].memberId"))
                .containsExactlyInAnyOrder(id(4), id(5));
        assertThat(JsonPath.<List<String>>read(view, "$.recusals[?(@.memberId == '" + id(5) + "')].reason"))
                .containsExactly("IS_NOMINEE");
        assertThat(JsonPath.<List<String>>read(view, "$.recusals[?(@.memberId == '" + id(4) + "')].reason"))
                .containsExactly("SAME_UNIT");
        assertThat(JsonPath.<List<String>>read(view, "$.recusals[?(@.dossierId == '" + collective + "')].memberId"))
                .containsExactly(id(6));
        assertThat(JsonPath.<List<String>>read(view, "$.recusals[?(@.memberId == '" + id(6) + "')].reasonLabel"))
                .containsExactly("Thành viên đã kê khai có quan hệ với người được đề nghị");

        // and: an absent member's signed written vote is recorded before the meeting
        mvc.perform(multipart(SESSIONS + "/" + session + "/written-votes")
                        .file(new MockMultipartFile("file", "phieu-hd-10.pdf", "application/octet-stream",
                                NominationApiTest.pdf()))
                        .param("memberId", id(10))
                        .param("choices", "{\"" + teacher + "\": \"APPROVE\", \"" + collective + "\": \"APPROVE\"}")
                        .with(snv()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString())
                        .isEqualTo(200));

        // when: 7 of 10 are present (hd-10 voted in writing, which does not count as presence)
        assertThat(attendance(session, List.of(id(1), id(2), id(3), id(4), id(5), id(6), id(7))).getStatus())
                .isEqualTo(200);
        MockHttpServletResponse noQuorum = openBallot(session);

        // then: the ballot stays closed, with the numbers
        assertThat(noQuorum.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(body(noQuorum), "$.code")).isEqualTo("council.quorum-not-met");
        assertThat(JsonPath.<String>read(body(noQuorum), "$.detail")).contains("7/10", "ít nhất 8", "80%");
        assertThat(mongo.count(new Query(), "council_ballots")).as("no ballot paper laid out").isZero();

        // when: an eighth member arrives and the ballot opens
        assertThat(attendance(session, List.of(id(1), id(2), id(3), id(4), id(5), id(6), id(7), id(8)))
                .getStatus()).isEqualTo(200);
        assertThat(openBallot(session).getStatus()).isEqualTo(200);

        // then: the recused cannot vote on their item, nobody votes twice, the absent cannot vote in person
        assertThat(JsonPath.<String>read(body(vote(id(5), session, teacher, "APPROVE")), "$.code"))
                .isEqualTo("council.ballot.recused");
        assertThat(JsonPath.<String>read(body(vote(id(9), session, teacher, "APPROVE")), "$.code"))
                .isEqualTo("council.ballot.not-present");
        // the teacher: 6 may vote (8 present less 2 recused): 5 approve, 1 rejects, + 1 written approval = 6 of 10
        for (int i : new int[] {1, 2, 3, 6, 7}) {
            assertThat(vote(id(i), session, teacher, "APPROVE").getStatus()).isEqualTo(200);
        }
        assertThat(vote(id(8), session, teacher, "REJECT").getStatus()).isEqualTo(200);
        MockHttpServletResponse again = vote(id(1), session, teacher, "REJECT");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(body(again), "$.code")).isEqualTo("council.ballot.already-voted");
        // the collective: 7 may vote (8 less hd-06): all approve, + 1 written = 8 of 10 = 80 %
        for (int i : new int[] {1, 2, 3, 4, 5, 7, 8}) {
            assertThat(vote(id(i), session, collective, "APPROVE").getStatus()).isEqualTo(200);
        }
        // and nothing about the counts is visible before the close
        assertThat(JsonPath.<List<Object>>read(read(session), "$.tallies")).isEmpty();
        String turnout = expect(get(SESSIONS + "/" + session + "/turnout").with(snv()), 200);
        assertThat(JsonPath.<List<String>>read(turnout, "$.items[0].votedInWriting")).containsExactly("Thành viên 10");
        assertThat(JsonPath.<List<String>>read(turnout, "$.items[0].votedInPerson")).hasSize(6);

        // when: the ballot closes
        MockHttpServletResponse closed = closeBallot(session);

        // then: the tally is counted on all ten members
        assertThat(closed.getStatus()).as(body(closed)).isEqualTo(200);
        String tallied = body(closed);
        assertThat(JsonPath.<List<Integer>>read(tallied, "$.tallies[?(@.dossierId == '" + teacher + "')].approvals"))
                .containsExactly(6);
        assertThat(JsonPath.<List<Integer>>read(tallied, "$.tallies[?(@.dossierId == '" + teacher + "')].written"))
                .containsExactly(1);
        assertThat(JsonPath.<List<Boolean>>read(tallied, "$.tallies[?(@.dossierId == '" + teacher + "')].passed"))
                .containsExactly(false);
        assertThat(JsonPath.<List<Integer>>read(tallied,
                "$.tallies[?(@.dossierId == '" + collective + "')].approvals")).containsExactly(8);
        assertThat(JsonPath.<List<Boolean>>read(tallied, "$.tallies[?(@.dossierId == '" + collective + "')].passed"))
                .containsExactly(true);
        assertThat(JsonPath.<Boolean>read(tallied, "$.auditRecorded")).isTrue();
        Map<String, Object> voted = payload(outbox("council_sessions", session), "council-voted");
        assertThat(JsonPath.<List<Integer>>read(voted, "$.tallies[*].totalMembers")).containsExactly(10, 10);
        assertThat(JsonPath.<List<Integer>>read(voted, "$.tallies[*].thresholdPercent")).containsExactly(80, 80);
        assertThat(JsonPath.<List<Boolean>>read(voted, "$.tallies[*].passed")).containsExactly(false, true);

        // and: each ballot and each tally is in the audit chain, which names no member and still verifies
        List<Document> chain = mongo.find(new Query(), Document.class, "audit_chain");
        assertThat(chain.stream().filter(e -> "BALLOT".equals(e.get("kind")))).hasSize(6 + 7 + 2);
        assertThat(chain.stream().filter(e -> "COUNCIL_TALLY".equals(e.get("kind")))).hasSize(2);
        for (Document entry : chain) {
            for (int i = 1; i <= 10; i++) {
                assertThat(entry.toJson()).doesNotContain(id(i));
            }
        }
        assertThat(JsonPath.<Boolean>read(expect(get("/api/v1/audit-chain/verification").with(snv()), 200),
                "$.intact")).isTrue();

        // and: the decision gate opens for the passing collective only
        assertThat(gates.blockers(collective, LocalDate.of(2026, 12, 20))).isEmpty();
        assertThat(gates.blockers(teacher, LocalDate.of(2026, 12, 20))).extracting(GateReason::code)
                .containsExactly("council.gate.vote-failed");

        // and: the ballot cannot be cast any more
        assertThat(JsonPath.<String>read(body(vote(id(4), session, collective, "APPROVE")), "$.code"))
                .isEqualTo("council.ballot.not-open");
    }

    @Test
    void the_agenda_takes_only_appraised_eligible_dossiers_whose_award_needs_a_vote() throws Exception {
        String council = provincialCouncil(plainMembers(5));
        String noVote = appraisedPerson("SGDDT", "Trần Văn Bình", null, LocalDate.of(1980, 1, 1), "LDTT",
                "Lao động tiên tiến");
        String body = """
                {"councilId": "%s", "startsAt": "2026-12-18T08:30:00+07:00", "dossierIds": ["%s"]}
                """.formatted(council, noVote);

        String refused = expect(post(SESSIONS).with(snv()).contentType(MediaType.APPLICATION_JSON).content(body), 409);

        assertThat(JsonPath.<String>read(refused, "$.code")).isEqualTo("council.session.no-vote-required");
        assertThat(mongo.count(new Query(), "council_sessions")).isZero();

        String onAgenda = appraisedPerson("SGDDT", "Trần Thị C", null, LocalDate.of(1980, 1, 1), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        schedule(council, onAgenda);
        String twice = expect(post(SESSIONS).with(snv()).contentType(MediaType.APPLICATION_JSON).content(body
                .replace(noVote, onAgenda)), 409);
        assertThat(JsonPath.<String>read(twice, "$.code")).isEqualTo("council.session.dossier-on-agenda");
    }

    @Test
    void a_member_sees_only_the_sessions_they_are_invited_to_with_their_own_state() throws Exception {
        String teacher = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        List<String> members = new ArrayList<>(plainMembers(4));
        members.add(memberJson(id(5), "Lê Văn Giáo", "UY_VIEN", "SGDDT", null, null));
        String session = schedule(provincialCouncil(members), teacher);
        attendance(session, List.of(id(1), id(2), id(3), id(4), id(5)));
        assertThat(openBallot(session).getStatus()).isEqualTo(200);
        vote(id(1), session, teacher, "APPROVE");

        String mine = expect(get(SESSIONS + "/mine").with(member(id(1))), 200);
        String recused = expect(get(SESSIONS + "/mine").with(member(id(5))), 200);
        String stranger = expect(get(SESSIONS + "/mine").with(member("hd-99")), 200);

        assertThat(JsonPath.<String>read(mine, "$[0].items[0].state")).isEqualTo("VOTED");
        assertThat(JsonPath.<String>read(mine, "$[0].items[0].stateLabel")).isEqualTo("Đã bỏ phiếu");
        assertThat(JsonPath.<String>read(recused, "$[0].items[0].state")).isEqualTo("RECUSED");
        assertThat(JsonPath.<List<Object>>read(stranger, "$")).isEmpty();
        expect(get(SESSIONS + "/" + session).with(member("hd-99")), 404);
        expect(get(SESSIONS + "/" + session).with(member(id(2))), 200);
        assertThat(JsonPath.<Integer>read(expect(get(SESSIONS).with(member("hd-99")), 200), "$.total")).isZero();
        assertThat(JsonPath.<Integer>read(expect(get(SESSIONS).with(member(id(2))), 200), "$.total")).isEqualTo(1);
    }

    @Test
    void a_recusal_declared_at_the_meeting_bars_the_vote_and_problems_speak_english_on_request() throws Exception {
        String teacher = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String session = schedule(provincialCouncil(plainMembers(5)), teacher);
        expect(post(SESSIONS + "/" + session + "/recusals").with(snv()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"memberId\": \"" + id(2) + "\", \"dossierId\": \"" + teacher
                        + "\", \"note\": \"Là đồng nghiệp cùng tổ\"}"), 200);
        attendance(session, List.of(id(1), id(2), id(3)));

        String english = expect(post(SESSIONS + "/" + session + "/ballot/open").with(snv())
                .header("Accept-Language", "en"), 409);
        assertThat(JsonPath.<String>read(english, "$.detail")).startsWith("No quorum: 3 of 5 members present, at least 4");

        attendance(session, List.of(id(1), id(2), id(3), id(4)));
        assertThat(openBallot(session).getStatus()).isEqualTo(200);
        MockHttpServletResponse recused = vote(id(2), session, teacher, "APPROVE");
        assertThat(JsonPath.<String>read(body(recused), "$.code")).isEqualTo("council.ballot.recused");
        assertThat(JsonPath.<List<String>>read(read(session), "$.recusals[*].reason"))
                .containsExactly("DECLARED_AT_MEETING");
        assertThat(mongo.count(new Query(), "council_ballots")).as("papers for the 3 who may vote").isEqualTo(3);
    }

    @Test
    void a_written_vote_must_be_a_signed_document_from_an_absent_member() throws Exception {
        String teacher = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String session = schedule(provincialCouncil(plainMembers(5)), teacher);
        attendance(session, List.of(id(1), id(2), id(3), id(4)));

        String text = body(mvc.perform(multipart(SESSIONS + "/" + session + "/written-votes")
                .file(new MockMultipartFile("file", "phieu.pdf", "application/pdf", "chỉ là chữ".getBytes()))
                .param("memberId", id(5)).param("choices", "{\"" + teacher + "\": \"APPROVE\"}").with(snv()))
                .andReturn().getResponse());
        String present = body(mvc.perform(multipart(SESSIONS + "/" + session + "/written-votes")
                .file(new MockMultipartFile("file", "phieu.pdf", "application/pdf", NominationApiTest.pdf()))
                .param("memberId", id(4)).param("choices", "{\"" + teacher + "\": \"APPROVE\"}").with(snv()))
                .andReturn().getResponse());

        assertThat(JsonPath.<String>read(text, "$.code")).isEqualTo("council.written-vote.type-not-accepted");
        assertThat(JsonPath.<String>read(present, "$.code")).isEqualTo("council.written-vote.member-present");
        assertThat(mongo.count(new Query(), "council_files.files")).as("no file kept for a refused vote").isZero();
        assertThat(JsonPath.<List<Object>>read(read(session), "$.writtenVotes")).isEmpty();
    }
}
