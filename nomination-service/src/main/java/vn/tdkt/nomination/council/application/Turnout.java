package vn.tdkt.nomination.council.application;

import java.util.List;
import vn.tdkt.nomination.council.domain.AgendaItem;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.Recusal;
import vn.tdkt.nomination.council.domain.SessionMember;
import vn.tdkt.nomination.council.persistence.VoterRollStore;

/**
 * Who has voted on each item of a session, from the voter roll: by name, at the meeting or in writing, and who has
 * not yet. Never how anyone voted.
 */
public record Turnout(String sessionId, int totalMembers, Integer present, List<Item> items) {

    public record Item(String dossierId, String subjectName, int eligible, List<String> votedInPerson,
            List<String> votedInWriting, List<String> notYetVoted, List<String> recused) {
    }

    static Turnout of(CouncilSession session, List<VoterRollStore.Entry> roll) {
        List<Item> items = session.agenda().stream().map(item -> item(session, item, roll)).toList();
        return new Turnout(session.id(), session.totalMembers(), session.present().map(List::size).orElse(null),
                items);
    }

    private static Item item(CouncilSession session, AgendaItem item, List<VoterRollStore.Entry> roll) {
        List<VoterRollStore.Entry> onItem = roll.stream().filter(e -> e.dossierId().equals(item.dossierId()))
                .toList();
        List<String> inPerson = onItem.stream().filter(e -> e.channel() == VoterRollStore.Channel.IN_PERSON)
                .map(e -> name(session, e.memberId())).sorted().toList();
        List<String> written = onItem.stream().filter(e -> e.channel() == VoterRollStore.Channel.WRITTEN)
                .map(e -> name(session, e.memberId())).sorted().toList();
        List<String> eligible = session.eligibleVoters(item.dossierId());
        List<String> notYet = eligible.stream()
                .filter(m -> onItem.stream().noneMatch(e -> e.memberId().equals(m)))
                .map(m -> name(session, m)).sorted().toList();
        List<String> recused = session.recusedFrom(item.dossierId()).stream().map(Recusal::memberId)
                .map(m -> name(session, m)).sorted().toList();
        return new Item(item.dossierId(), item.subjectName(), eligible.size(), inPerson, written, notYet, recused);
    }

    private static String name(CouncilSession session, String memberId) {
        return session.member(memberId).map(SessionMember::name).orElse(memberId);
    }
}
