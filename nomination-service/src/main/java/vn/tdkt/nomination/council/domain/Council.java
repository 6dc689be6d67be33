package vn.tdkt.nomination.council.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tdkt.contracts.nomination.CouncilEvent;
import vn.tdkt.contracts.nomination.CouncilMeetingDue;
import vn.tdkt.nomination.vocabulary.domain.Repeats;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * An emulation and commendation council (Hội đồng Thi đua – Khen thưởng): the province's, convened by Sở Nội vụ as
 * its standing body, or a unit's own. Its members hold a role and a term; the members in office on a session's day
 * are its total membership, the denominator of quorum (R-MEET-01) and of every vote threshold (R-VOTE-02).
 *
 * <p>The provincial council meets at least every 6 months (R-MEET-02): {@link #remindMeetingDue} gives the reminder
 * once per period, marking the period in the same save as the event.
 */
public final class Council {

    private String id;
    private String name;
    private CouncilLevel level;
    private String unitCode;
    private LocalDate establishedOn;
    private List<CouncilMember> members = new ArrayList<>();
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private LocalDate meetingReminderDueBy;

    private Council() {
    }

    /**
     * A new council.
     *
     * @param unitCode the unit that convenes it: Sở Nội vụ for the province, the unit itself for a unit's council
     */
    public static Created<Council, CouncilEvent> establish(String id, String name, CouncilLevel level, String unitCode,
            LocalDate establishedOn, List<CouncilMember> members, String by, Instant now) {
        Council council = new Council();
        council.id = Objects.requireNonNull(id, "id");
        if (level == null) {
            throw DomainException.invalid("council.level-required");
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw DomainException.invalid("council.unit-required");
        }
        if (establishedOn == null) {
            throw DomainException.invalid("council.established-on-required");
        }
        council.level = level;
        council.unitCode = unitCode.strip();
        council.establishedOn = establishedOn;
        council.apply(name, members);
        council.createdBy = by;
        council.createdAt = now;
        council.updatedAt = now;
        return new Created<>(council, List.of());
    }

    /** New name and members (a change of membership takes effect through the members' terms). */
    public List<CouncilEvent> revise(String newName, List<CouncilMember> newMembers, Instant now) {
        apply(newName, newMembers);
        updatedAt = now;
        return List.of();
    }

    private void apply(String newName, List<CouncilMember> newMembers) {
        if (newName == null || newName.isBlank()) {
            throw DomainException.invalid("council.name-required");
        }
        if (newMembers == null || newMembers.isEmpty()) {
            throw DomainException.invalid("council.members-required");
        }
        Repeats.refuse(newMembers, CouncilMember::memberId,
                member -> DomainException.invalid("council.member.duplicate", member));
        List<CouncilMember> chairs = newMembers.stream().filter(m -> m.role() == MemberRole.CHU_TICH).toList();
        for (int i = 0; i < chairs.size(); i++) {
            for (int j = i + 1; j < chairs.size(); j++) {
                if (overlap(chairs.get(i).term(), chairs.get(j).term())) {
                    throw DomainException.invalid("council.member.two-chairs", chairs.get(i).name(),
                            chairs.get(j).name());
                }
            }
        }
        name = TextNormalizer.clean(newName);
        members = new ArrayList<>(newMembers);
    }

    private static boolean overlap(Term a, Term b) {
        return (a.to() == null || !a.to().isBefore(b.from())) && (b.to() == null || !b.to().isBefore(a.from()));
    }

    /** The members in office on {@code day}: the council's total membership that day. */
    public List<CouncilMember> membersOn(LocalDate day) {
        return members.stream().filter(m -> m.inOfficeOn(day)).toList();
    }

    public Optional<CouncilMember> member(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }

    /**
     * The R-MEET-02 reminder, if it is due on {@code today} and was not given for this period yet. The period runs
     * from the latest session ({@code lastMeetingOn}; scheduled ones count, since the meeting is then arranged) or,
     * for a council that never met, from its establishment.
     */
    public List<CouncilEvent> remindMeetingDue(LocalDate lastMeetingOn, LocalDate today, MeetingCadence cadence) {
        if (level != CouncilLevel.PROVINCE) {
            return List.of();
        }
        LocalDate base = lastMeetingOn != null && lastMeetingOn.isAfter(establishedOn) ? lastMeetingOn : establishedOn;
        LocalDate dueBy = cadence.dueBy(base);
        if (today.isBefore(cadence.remindFrom(base)) || dueBy.equals(meetingReminderDueBy)) {
            return List.of();
        }
        meetingReminderDueBy = dueBy;
        List<CouncilMeetingDue.Member> recipients = membersOn(today).stream()
                .sorted(java.util.Comparator.comparing(CouncilMember::role))
                .map(m -> new CouncilMeetingDue.Member(m.memberId(), m.name(), m.role().name(), m.unitCode(),
                        m.email()))
                .toList();
        return List.of(new CouncilMeetingDue(id, name, level.name(), unitCode, lastMeetingOn, dueBy, recipients));
    }

    // @formatter:off
    public String id() { return id; }
    public String name() { return name; }
    public CouncilLevel level() { return level; }
    public String unitCode() { return unitCode; }
    public LocalDate establishedOn() { return establishedOn; }
    public List<CouncilMember> members() { return List.copyOf(members); }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public LocalDate meetingReminderDueBy() { return meetingReminderDueBy; }
    // @formatter:on
}
