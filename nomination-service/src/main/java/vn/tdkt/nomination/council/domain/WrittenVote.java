package vn.tdkt.nomination.council.domain;

import java.time.Instant;
import java.util.List;

/**
 * The written vote of a member absent from the meeting (phiếu bằng văn bản, R-VOTE-02: it counts in the tally and is
 * attached). It is signed by the member, so it is not secret: it is recorded with the member, the choices and the
 * document, unlike the ballots cast at the meeting.
 */
public record WrittenVote(String id, String memberId, List<Choice> choices, StoredFile document, String recordedBy,
        Instant recordedAt) {

    public WrittenVote {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public record Choice(String dossierId, BallotChoice choice) {
    }

    public java.util.Optional<BallotChoice> on(String dossierId) {
        return choices.stream().filter(c -> c.dossierId().equals(dossierId)).map(Choice::choice).findFirst();
    }
}
