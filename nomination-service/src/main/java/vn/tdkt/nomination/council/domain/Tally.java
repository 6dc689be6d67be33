package vn.tdkt.nomination.council.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The result of one agenda item, counted on the council's TOTAL membership (R-VOTE-02, NĐ 98/2023 Điều 30 k7): the
 * item passes when the approvals — ballots cast at the meeting plus absent members' written votes — reach the
 * catalogue's threshold of all members in office, whoever was present, recused or silent.
 *
 * @param eligible     members present and not recused: the blank ballots prepared for the item
 * @param inPerson     ballots found in the box
 * @param voters       members the voter roll lists as having voted in person
 * @param written      absent members' written votes on the item
 * @param notVoted     members in office who gave no vote on the item (absent without a written vote, silent, recused)
 * @param threshold    share of the total membership that must approve, e.g. 0.80
 */
public record Tally(String dossierId, String subjectName, String awardCode, String awardName, int totalMembers,
        int present, int recused, int eligible, int inPerson, int voters, int written, int approvals,
        int rejections, int abstentions, int notVoted, BigDecimal threshold, boolean passed) {

    public static Tally count(AgendaItem item, int totalMembers, int present, int recused, int eligible,
            BallotCount box, int writtenApprovals, int writtenRejections, int writtenAbstentions) {
        int written = writtenApprovals + writtenRejections + writtenAbstentions;
        int approvals = box.approvals() + writtenApprovals;
        int rejections = box.rejections() + writtenRejections;
        int abstentions = box.abstentions() + writtenAbstentions;
        int notVoted = Math.max(0, totalMembers - approvals - rejections - abstentions);
        boolean passed = BigDecimal.valueOf(approvals)
                .compareTo(item.threshold().multiply(BigDecimal.valueOf(totalMembers))) >= 0;
        return new Tally(item.dossierId(), item.subjectName(), item.awardCode(), item.awardName(), totalMembers,
                present, recused, eligible, box.ballots(), box.voters(), written, approvals, rejections, abstentions,
                notVoted, item.threshold(), passed);
    }

    /** Approvals as a percentage of the total membership, two decimals. */
    public BigDecimal approvalPercent() {
        return totalMembers == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(approvals * 100L).divide(BigDecimal.valueOf(totalMembers), 2,
                        RoundingMode.HALF_UP);
    }

    public int thresholdPercent() {
        return threshold.movePointRight(2).setScale(0, RoundingMode.UP).intValueExact();
    }

    /** Members listed on the roll whose ballot is not in the box (a cast interrupted between the two writes). */
    public int missingBallots() {
        return Math.max(0, voters - inPerson);
    }
}
