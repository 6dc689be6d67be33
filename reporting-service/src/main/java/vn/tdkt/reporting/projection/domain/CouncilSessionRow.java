package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.CouncilVoted;

/** Read model of one council session (phiên họp Hội đồng TĐKT), for the council calendar. */
public final class CouncilSessionRow {

    /** One dossier on the agenda and, once voted, its result. */
    public record AgendaEntry(String dossierId, String subjectName, String awardCode, Boolean passed,
            Integer approvals, Integer totalMembers) {
    }

    private String sessionId;
    private String councilId;
    private String councilName;
    private Instant startsAt;
    private String location;
    private int invitees;
    private List<AgendaEntry> agenda = new ArrayList<>();
    private Instant votedAt;

    private CouncilSessionRow() {
    }

    public static CouncilSessionRow of(String sessionId) {
        CouncilSessionRow row = new CouncilSessionRow();
        row.sessionId = sessionId;
        return row;
    }

    public void scheduled(CouncilSessionScheduled e) {
        councilId = e.councilId();
        councilName = e.councilName();
        startsAt = e.startsAt();
        location = e.location();
        invitees = e.invitees().size();
        List<AgendaEntry> entries = new ArrayList<>();
        for (CouncilSessionScheduled.AgendaItem item : e.agenda()) {
            AgendaEntry voted = find(item.dossierId());
            entries.add(new AgendaEntry(item.dossierId(), item.subjectName(), item.awardCode(),
                    voted == null ? null : voted.passed(), voted == null ? null : voted.approvals(),
                    voted == null ? null : voted.totalMembers()));
        }
        agenda = entries;
    }

    public void voted(CouncilVoted e) {
        councilId = e.councilId();
        votedAt = e.votedAt();
        for (CouncilVoted.Tally tally : e.tallies()) {
            AgendaEntry known = find(tally.dossierId());
            AgendaEntry result = new AgendaEntry(tally.dossierId(), known == null ? null : known.subjectName(),
                    tally.awardCode(), tally.passed(), tally.approvals(), tally.totalMembers());
            agenda.removeIf(entry -> entry.dossierId().equals(tally.dossierId()));
            agenda.add(result);
        }
    }

    private AgendaEntry find(String dossierId) {
        return agenda.stream().filter(entry -> entry.dossierId().equals(dossierId)).findFirst().orElse(null);
    }

    public long passed() {
        return agenda.stream().filter(entry -> Boolean.TRUE.equals(entry.passed())).count();
    }

    public long failed() {
        return agenda.stream().filter(entry -> Boolean.FALSE.equals(entry.passed())).count();
    }

    public String sessionId() { return sessionId; }
    public String councilId() { return councilId; }
    public String councilName() { return councilName; }
    public Instant startsAt() { return startsAt; }
    public String location() { return location; }
    public int invitees() { return invitees; }
    public List<AgendaEntry> agenda() { return List.copyOf(agenda); }
    public Instant votedAt() { return votedAt; }
}
