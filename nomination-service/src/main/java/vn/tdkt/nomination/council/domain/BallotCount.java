package vn.tdkt.nomination.council.domain;

/**
 * What the secret ballot box holds for one agenda item when the ballot closes: the ballots by choice, and how many
 * members the voter roll lists as having voted in person (they differ only if a cast died between the roll and the
 * box; the minutes then say so).
 */
public record BallotCount(String dossierId, int approvals, int rejections, int abstentions, int voters) {

    public int ballots() {
        return approvals + rejections + abstentions;
    }
}
