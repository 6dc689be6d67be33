package vn.tdkt.nomination.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.platformtest.domain.AggregateFixture.given;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.nomination.CouncilMeetingDue;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.CouncilVoted;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.platform.domain.DomainException;

/** Councils, sessions, conflicts, quorum and the tally as pure domain rules. */
class CouncilSessionDomainTest {

    static final Instant NOW = Instant.parse("2026-12-18T01:30:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 12, 18);
    static final AwardForm CSTDCS = AwardCatalogue.provincial().find("CSTDCS").orElseThrow();
    static final AwardForm CSTD_TINH = AwardCatalogue.provincial().find("CSTD_TINH").orElseThrow();

    static List<SessionMember> members(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new SessionMember("m" + i, "Thành viên " + i,
                i == 1 ? MemberRole.CHU_TICH : MemberRole.UY_VIEN, "HDTDKT", null)).toList();
    }

    static AgendaItem item(String dossierId, AwardForm award) {
        return new AgendaItem(dossierId, "Nguyễn Thị Hoa", SubjectType.INDIVIDUAL, "SGDDT", award.code(),
                award.name(), award.vote().threshold(), award.vote().citation());
    }

    static CouncilSession session(int members, List<AgendaItem> agenda, List<Recusal> recusals) {
        return CouncilSession.schedule("s-1", new CouncilSession.CouncilRef("c-1", "Hội đồng TĐKT tỉnh",
                        CouncilLevel.PROVINCE, "SNV"), NOW, DAY, "Phòng họp số 1", "catalogue-2025-07-01",
                members(members), agenda, recusals, "snv-user", NOW).aggregate();
    }

    static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "m" + i).toList();
    }

    @Test
    void scheduling_invites_every_member_with_the_agenda() {
        CouncilSession.CouncilRef council = new CouncilSession.CouncilRef("c-1", "Hội đồng TĐKT tỉnh",
                CouncilLevel.PROVINCE, "SNV");
        var created = CouncilSession.schedule("s-1", council, NOW, DAY, "Phòng họp số 1", "v2", members(2),
                List.of(item("d-1", CSTDCS)), List.of(), "snv-user", NOW);

        assertThat(created.events()).containsExactly(new CouncilSessionScheduled("s-1", "c-1", "Hội đồng TĐKT tỉnh",
                NOW, "Phòng họp số 1",
                List.of(new CouncilSessionScheduled.Invitee("m1", "Thành viên 1", "CHU_TICH", "HDTDKT", null),
                        new CouncilSessionScheduled.Invitee("m2", "Thành viên 2", "UY_VIEN", "HDTDKT", null)),
                List.of(new CouncilSessionScheduled.AgendaItem("d-1", "Nguyễn Thị Hoa", "CSTDCS"))));
        assertThat(created.aggregate().status()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void an_agenda_listing_a_dossier_twice_is_refused() {
        assertThatThrownBy(() -> session(3, List.of(item("d-1", CSTDCS), item("d-2", CSTDCS), item("d-1",
                CSTD_TINH)), List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("council.session.agenda-duplicate");
                    assertThat(e.args()).containsExactly("d-1");
                });
    }

    @Test
    void the_ballot_opens_only_with_the_share_of_the_total_membership_present() {
        // 80 % of 10 = 8; 2/3 of 9 = 6 exactly (not the 7 a rounded 0.6667 would give)
        given(session(10, List.of(item("d-1", CSTDCS)), List.of()))
                .andGiven(s -> s.recordAttendance(ids(1, 7), "snv", NOW))
                .when(s -> s.openBallot(Share.parse("80%"), "snv", NOW))
                .expectError("council.quorum-not-met");
        given(session(10, List.of(item("d-1", CSTDCS)), List.of()))
                .andGiven(s -> s.recordAttendance(ids(1, 8), "snv", NOW))
                .when(s -> s.openBallot(Share.parse("80%"), "snv", NOW))
                .expectNoEvents()
                .expectState(s -> assertThat(s.quorum()).isEqualTo(new Quorum(10, 8, "80%", 8)));
        given(session(9, List.of(item("d-1", CSTDCS)), List.of()))
                .andGiven(s -> s.recordAttendance(ids(1, 6), "snv", NOW))
                .when(s -> s.openBallot(Share.parse("2/3"), "snv", NOW))
                .expectState(s -> assertThat(s.status()).isEqualTo(SessionStatus.BALLOT_OPEN));
        given(session(9, List.of(item("d-1", CSTDCS)), List.of()))
                .andGiven(s -> s.recordAttendance(ids(1, 5), "snv", NOW))
                .when(s -> s.openBallot(Share.parse("2/3"), "snv", NOW))
                .expectError("council.quorum-not-met");
    }

    @Test
    void a_quorum_problem_carries_present_total_required_and_share() {
        CouncilSession session = session(10, List.of(item("d-1", CSTDCS)), List.of());
        session.recordAttendance(ids(1, 7), "snv", NOW);

        assertThatThrownBy(() -> session.openBallot(Share.parse("80%"), "snv", NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.args()).containsExactly(7, 10, 8, "80%"));
    }

    /**
     * R-VOTE-02 on total membership for a CSTĐCS-class form (80 %, NĐ 98/2023 Điều 30 k7): with 100 members, 79
     * approvals fail and 80 pass, however many are present or abstain; written votes of absent members count.
     */
    @Test
    void seventy_nine_percent_of_total_members_fails_and_eighty_passes_for_cstdcs() {
        assertThat(CSTDCS.vote().threshold()).isEqualByComparingTo("0.80");
        List<AgendaItem> agenda = List.of(item("d-79", CSTDCS), item("d-80", CSTDCS));
        CouncilSession session = session(100, agenda, List.of());
        // members m91…m100 are absent; m91…m95 sent written approvals of both items
        for (int i = 91; i <= 95; i++) {
            session.recordWrittenVote(new WrittenVote("w" + i, "m" + i, List.of(
                    new WrittenVote.Choice("d-79", BallotChoice.APPROVE),
                    new WrittenVote.Choice("d-80", BallotChoice.APPROVE)),
                    new StoredFile("f" + i, "phieu.pdf", "application/pdf", 10, "00"), "snv", NOW), NOW);
        }
        session.recordAttendance(ids(1, 90), "snv", NOW);
        session.openBallot(Share.parse("80%"), "snv", NOW);

        // 74 + 5 written = 79 approvals of 100; 75 + 5 = 80 of 100 (the other present members reject or abstain)
        List<CouncilVoted> voted = new ArrayList<>();
        session.close(List.of(new BallotCount("d-79", 74, 10, 6, 90), new BallotCount("d-80", 75, 10, 5, 90)),
                "snv", NOW).forEach(e -> voted.add((CouncilVoted) e));

        assertThat(session.tally("d-79").orElseThrow()).satisfies(t -> {
            assertThat(t.approvals()).isEqualTo(79);
            assertThat(t.totalMembers()).isEqualTo(100);
            assertThat(t.passed()).isFalse();
        });
        assertThat(session.tally("d-80").orElseThrow()).satisfies(t -> {
            assertThat(t.approvals()).isEqualTo(80);
            assertThat(t.written()).isEqualTo(5);
            assertThat(t.passed()).isTrue();
        });
        assertThat(voted.get(0).tallies()).extracting(CouncilVoted.Tally::passed).containsExactly(false, true);
        assertThat(voted.get(0).tallies()).extracting(CouncilVoted.Tally::thresholdPercent).containsExactly(80, 80);
    }

    @Test
    void ninety_percent_is_needed_for_cstd_tinh_and_a_recused_member_still_counts_in_the_total() {
        Recusal recused = new Recusal("m10", "d-1", ConflictReason.SAME_UNIT, "SGDDT", true, "he-thong", NOW);
        CouncilSession session = session(10, List.of(item("d-1", CSTD_TINH)), List.of(recused));
        session.recordAttendance(ids(1, 10), "snv", NOW);
        session.openBallot(Share.parse("80%"), "snv", NOW);

        session.close(List.of(new BallotCount("d-1", 9, 0, 0, 9)), "snv", NOW);

        // 9 of 10 = 90 %: the recused member is in the denominator, so 9 eligible voters must all approve
        assertThat(session.tally("d-1").orElseThrow().passed()).isTrue();
        assertThat(session.tally("d-1").orElseThrow().eligible()).isEqualTo(9);
        assertThat(Tally.count(item("d-2", CSTD_TINH), 10, 10, 1, 9, new BallotCount("d-2", 8, 1, 0, 9), 0, 0, 0)
                .passed()).isFalse();
    }

    @Test
    void a_member_present_recused_or_absent_votes_only_where_allowed() {
        Recusal recused = new Recusal("m2", "d-1", ConflictReason.IS_NOMINEE, null, true, "he-thong", NOW);
        CouncilSession session = session(4, List.of(item("d-1", CSTDCS)), List.of(recused));
        session.recordWrittenVote(new WrittenVote("w4", "m4", List.of(new WrittenVote.Choice("d-1",
                BallotChoice.REJECT)), new StoredFile("f", "p.pdf", "application/pdf", 1, "00"), "snv", NOW), NOW);

        given(session).when(s -> s.recordAttendance(ids(1, 4), "snv", NOW))
                .expectError("council.attendance.written-vote-from-present");
        session.recordAttendance(ids(1, 3), "snv", NOW);
        session.openBallot(Share.parse("2/3"), "snv", NOW);

        assertThatThrownBy(() -> session.requireMayCast("m2", "d-1")).hasMessageContaining("council.ballot.recused");
        assertThatThrownBy(() -> session.requireMayCast("m4", "d-1"))
                .hasMessageContaining("council.ballot.not-present");
        session.requireMayCast("m1", "d-1");
        assertThat(session.eligibleVoters("d-1")).containsExactly("m1", "m3");
    }

    @Test
    void conflicts_are_the_nominee_the_nominee_s_unit_and_declared_relationships() {
        Term term = new Term(LocalDate.of(2026, 1, 1), null);
        CouncilMember byId = new CouncilMember("a", "Nguyễn Thị Hoa", MemberRole.UY_VIEN, "HDTDKT", null,
                "001185000123", null, List.of(), term);
        CouncilMember byName = new CouncilMember("b", "NGUYEN THI HOA", MemberRole.UY_VIEN, "HDTDKT", null, null,
                LocalDate.of(1985, 3, 2), List.of(), term);
        CouncilMember otherId = new CouncilMember("c", "Nguyễn Thị Hoa", MemberRole.UY_VIEN, "HDTDKT", null,
                "001185000999", LocalDate.of(1985, 3, 2), List.of(), term);
        CouncilMember sameUnit = new CouncilMember("d", "Lê Văn Giáo", MemberRole.UY_VIEN, "SGDDT", null, null,
                null, List.of(), term);
        CouncilMember related = new CouncilMember("e", "Phạm Văn Y", MemberRole.UY_VIEN, "HDTDKT", null, null,
                null, List.of(new DeclaredRelationship(null, "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2),
                        "em gái")), term);
        CouncilMember unrelated = new CouncilMember("f", "Trần Văn Z", MemberRole.UY_VIEN, "SYT", null, null, null,
                List.of(), term);
        Nominee hoa = new Nominee("d-1", new PersonKey("001185000123", "nguyen thi hoa", LocalDate.of(1985, 3, 2)),
                Set.of("SGDDT"));
        Nominee collective = new Nominee("d-2", null, Set.of("SYT"));

        List<Recusal> found = ConflictsOfInterest.detect(CouncilLevel.PROVINCE, List.of(byId, byName, otherId,
                sameUnit, related, unrelated), List.of(hoa, collective), NOW);
        List<Recusal> ownCouncil = ConflictsOfInterest.detect(CouncilLevel.UNIT, List.of(byId, sameUnit, related),
                List.of(hoa), NOW);

        assertThat(found).extracting(r -> r.memberId() + ":" + r.dossierId() + ":" + r.reason()).containsExactly(
                "a:d-1:IS_NOMINEE", "b:d-1:IS_NOMINEE", "d:d-1:SAME_UNIT", "e:d-1:DECLARED_RELATIONSHIP",
                "f:d-2:SAME_UNIT");
        assertThat(found).allMatch(Recusal::automatic);
        assertThat(ownCouncil).as("a unit's own council is made of its own people: the unit is no conflict there")
                .extracting(r -> r.memberId() + ":" + r.reason())
                .containsExactly("a:IS_NOMINEE", "e:DECLARED_RELATIONSHIP");
    }

    @Test
    void shares_are_exact_fractions() {
        assertThat(Share.parse("2/3").of(9)).isEqualTo(6);
        assertThat(Share.parse("2/3").of(10)).isEqualTo(7);
        assertThat(Share.parse("80%").of(11)).isEqualTo(9);
        assertThat(Share.parse("0.8")).isEqualTo(Share.parse("80%"));
        assertThat(Share.parse("80%").display()).isEqualTo("80%");
        assertThat(Share.parse("2/3").display()).isEqualTo("2/3");
        assertThat(Share.of(new BigDecimal("0.90")).reachedBy(9, 10)).isTrue();
        assertThat(Share.of(new BigDecimal("0.90")).reachedBy(17, 19)).isFalse();
    }

    @Test
    void the_provincial_council_is_reminded_once_per_six_month_period() {
        Term term = new Term(LocalDate.of(2026, 1, 1), null);
        Council council = Council.establish("c-1", "Hội đồng TĐKT tỉnh", CouncilLevel.PROVINCE, "SNV",
                LocalDate.of(2026, 1, 1), List.of(new CouncilMember("m1", "Lò Văn Minh", MemberRole.CHU_TICH, "UBND",
                        "chutich@ubnd.example.vn", null, null, List.of(), term)), "snv", NOW).aggregate();
        MeetingCadence cadence = new MeetingCadence(Period.ofMonths(6), Period.ofDays(30));
        LocalDate lastMeeting = LocalDate.of(2026, 6, 18);

        given(council).when(c -> c.remindMeetingDue(lastMeeting, LocalDate.of(2026, 11, 17), cadence))
                .expectNoEvents();
        given(council).when(c -> c.remindMeetingDue(lastMeeting, LocalDate.of(2026, 11, 18), cadence))
                .expectEvents(new CouncilMeetingDue("c-1", "Hội đồng TĐKT tỉnh", "PROVINCE", "SNV", lastMeeting,
                        LocalDate.of(2026, 12, 18), List.of(new CouncilMeetingDue.Member("m1", "Lò Văn Minh",
                                "CHU_TICH", "UBND", "chutich@ubnd.example.vn"))));
        given(council).when(c -> c.remindMeetingDue(lastMeeting, LocalDate.of(2026, 12, 25), cadence))
                .expectNoEvents();
        // a new meeting starts a new period
        given(council).when(c -> c.remindMeetingDue(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 5, 21), cadence))
                .expectEventsSatisfying(events -> assertThat(events).hasSize(1));
    }
}
