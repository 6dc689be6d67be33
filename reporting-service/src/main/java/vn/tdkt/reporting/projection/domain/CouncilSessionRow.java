package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.CouncilVoted;

/** Read model of one council session (phiên họp Hội đồng TĐKT), for the council calendar. */
public record CouncilSessionRow(String sessionId, String councilId, String councilName, Instant startsAt,
        String location, int invitees, List<AgendaEntry> agenda, Instant votedAt) {

    /** One dossier on the agenda and, once voted, its result. */
    public record AgendaEntry(String dossierId, String subjectName, String awardCode, Boolean passed,
            Integer approvals, Integer totalMembers) {
    }

    public CouncilSessionRow {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }

    public static CouncilSessionRow of(String sessionId) {
        return new CouncilSessionRow(sessionId, null, null, null, null, 0, List.of(), null);
    }

    /** The agenda as scheduled; a result voted before the schedule arrived (another partition) is kept. */
    public CouncilSessionRow scheduled(CouncilSessionScheduled e) {
        List<AgendaEntry> entries = new ArrayList<>();
        for (CouncilSessionScheduled.AgendaItem item : e.agenda()) {
            AgendaEntry voted = find(agenda, item.dossierId());
            entries.add(new AgendaEntry(item.dossierId(), item.subjectName(), item.awardCode(),
                    voted == null ? null : voted.passed(), voted == null ? null : voted.approvals(),
                    voted == null ? null : voted.totalMembers()));
        }
        return new CouncilSessionRow(sessionId, e.councilId(), e.councilName(), e.startsAt(), e.location(),
                e.invitees().size(), entries, votedAt);
    }

    public CouncilSessionRow voted(CouncilVoted e) {
        List<AgendaEntry> entries = new ArrayList<>(agenda);
        for (CouncilVoted.Tally tally : e.tallies()) {
            AgendaEntry known = find(entries, tally.dossierId());
            AgendaEntry result = new AgendaEntry(tally.dossierId(), known == null ? null : known.subjectName(),
                    tally.awardCode(), tally.passed(), tally.approvals(), tally.totalMembers());
            entries.removeIf(entry -> entry.dossierId().equals(tally.dossierId()));
            entries.add(result);
        }
        return new CouncilSessionRow(sessionId, e.councilId(), councilName, startsAt, location, invitees, entries,
                e.votedAt());
    }

    private static AgendaEntry find(List<AgendaEntry> entries, String dossierId) {
        return entries.stream().filter(entry -> entry.dossierId().equals(dossierId)).findFirst().orElse(null);
    }

    public long passed() {
        return agenda.stream().filter(entry -> Boolean.TRUE.equals(entry.passed())).count();
    }

    public long failed() {
        return agenda.stream().filter(entry -> Boolean.FALSE.equals(entry.passed())).count();
    }
}
