package vn.tdkt.nomination.council.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.council.domain.BallotChoice;
import vn.tdkt.nomination.council.domain.ConflictReason;
import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.nomination.council.domain.CouncilLevel;
import vn.tdkt.nomination.council.domain.CouncilMember;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.DeclaredRelationship;
import vn.tdkt.nomination.council.domain.MemberRole;
import vn.tdkt.nomination.council.domain.Quorum;
import vn.tdkt.nomination.council.domain.SessionStatus;
import vn.tdkt.nomination.council.domain.Tally;
import vn.tdkt.nomination.council.domain.WrittenVote;

/** What the council API answers: councils and sessions with the Vietnamese labels of their enums. */
public final class CouncilViews {

    private CouncilViews() {
    }

    public record CouncilView(String id, String name, CouncilLevel level, String levelLabel, String unitCode,
            LocalDate establishedOn, List<MemberView> members, LocalDate meetingReminderDueBy, Instant createdAt,
            Instant updatedAt) {

        static CouncilView of(Council c) {
            return new CouncilView(c.id(), c.name(), c.level(), c.level().label(), c.unitCode(), c.establishedOn(),
                    c.members().stream().map(MemberView::of).toList(), c.meetingReminderDueBy(), c.createdAt(),
                    c.updatedAt());
        }
    }

    public record MemberView(String memberId, String name, MemberRole role, String roleLabel, String unitCode,
            String email, String nationalId, LocalDate birthDate, List<DeclaredRelationship> relationships,
            LocalDate termFrom, LocalDate termTo) {

        static MemberView of(CouncilMember m) {
            return new MemberView(m.memberId(), m.name(), m.role(), m.role().label(), m.unitCode(), m.email(),
                    m.nationalId(), m.birthDate(), m.relationships(), m.term().from(), m.term().to());
        }
    }

    public record SessionView(String id, String councilId, String councilName, CouncilLevel councilLevel,
            String councilUnitCode, Instant startsAt, LocalDate sessionDate, String location,
            String catalogueVersionId, SessionStatus status, String statusLabel, int totalMembers,
            List<InviteeView> members, List<AgendaView> agenda, List<RecusalView> recusals, List<String> present,
            List<String> absent, List<WrittenVoteView> writtenVotes, Quorum quorum, Instant ballotOpenedAt,
            Instant closedAt, List<TallyView> tallies, boolean auditRecorded, String cancelReason,
            String createdBy, Instant createdAt) {

        static SessionView of(CouncilSession s) {
            List<String> present = s.present().orElse(null);
            List<String> absent = present == null ? null : s.members().stream().map(m -> m.memberId())
                    .filter(m -> !present.contains(m)).toList();
            return new SessionView(s.id(), s.councilId(), s.councilName(), s.councilLevel(), s.councilUnitCode(),
                    s.startsAt(), s.sessionDate(), s.location(), s.catalogueVersionId(), s.status(),
                    s.status().label(), s.totalMembers(),
                    s.members().stream().map(m -> new InviteeView(m.memberId(), m.name(), m.role(), m.role().label(),
                            m.unitCode(), m.email())).toList(),
                    s.agenda().stream().map(i -> new AgendaView(i.dossierId(), i.subjectName(), i.subjectType(),
                            i.unitCode(), i.awardCode(), i.awardName(), i.threshold(), i.voteCitation())).toList(),
                    s.recusals().stream().map(r -> new RecusalView(r.memberId(), r.dossierId(), r.reason(),
                            r.reason().label(), r.detail(), r.automatic(), r.recordedBy(), r.recordedAt())).toList(),
                    present, absent, s.writtenVotes().stream().map(WrittenVoteView::of).toList(), s.quorum(),
                    s.ballotOpenedAt(), s.closedAt(), s.tallies().stream().map(TallyView::of).toList(),
                    s.auditRecorded(), s.cancelReason(), s.createdBy(), s.createdAt());
        }
    }

    public record InviteeView(String memberId, String name, MemberRole role, String roleLabel, String unitCode,
            String email) {
    }

    public record AgendaView(String dossierId, String subjectName, SubjectType subjectType, String unitCode,
            String awardCode, String awardName, BigDecimal threshold, String voteCitation) {
    }

    public record RecusalView(String memberId, String dossierId, ConflictReason reason, String reasonLabel,
            String detail, boolean automatic, String recordedBy, Instant recordedAt) {
    }

    /** A written vote is signed by its member: shown with the member and the choices, unlike the secret ballots. */
    public record WrittenVoteView(String id, String memberId, List<ChoiceView> choices, String fileName,
            String mediaType, long size, String sha256, String recordedBy, Instant recordedAt) {

        static WrittenVoteView of(WrittenVote v) {
            return new WrittenVoteView(v.id(), v.memberId(), v.choices().stream()
                    .map(c -> new ChoiceView(c.dossierId(), c.choice(), c.choice().label())).toList(),
                    v.document().fileName(), v.document().mediaType(), v.document().size(), v.document().sha256(),
                    v.recordedBy(), v.recordedAt());
        }
    }

    public record ChoiceView(String dossierId, BallotChoice choice, String choiceLabel) {
    }

    public record TallyView(String dossierId, String subjectName, String awardCode, String awardName,
            int totalMembers, int present, int recused, int eligible, int inPerson, int written, int approvals,
            int rejections, int abstentions, int notVoted, BigDecimal threshold, int thresholdPercent,
            BigDecimal approvalPercent, boolean passed, String resultLabel, int missingBallots) {

        static TallyView of(Tally t) {
            return new TallyView(t.dossierId(), t.subjectName(), t.awardCode(), t.awardName(), t.totalMembers(),
                    t.present(), t.recused(), t.eligible(), t.inPerson(), t.written(), t.approvals(), t.rejections(),
                    t.abstentions(), t.notVoted(), t.threshold(), t.thresholdPercent(), t.approvalPercent(),
                    t.passed(), t.passed() ? "Đạt" : "Không đạt", t.missingBallots());
        }
    }
}
