package vn.tdkt.nomination.council.domain;

/**
 * Whether enough members are present for the council's meeting to be valid (R-MEET-01, QĐ 86/2025/QĐ-UBND Bắc Ninh
 * Điều 8 k4 b): award meetings of the provincial council need 80 % of the members present, other meetings 2/3.
 * Presence is counted on the total membership; an absent member's written vote counts in the tally (R-VOTE-02,
 * NĐ 98/2023 Điều 30 k7) but not as presence: Bắc Ninh Điều 8 k4 b requires the members to attend and has the absent
 * ones give written opinions.
 *
 * @param share           the required share, as configured ("80%", "2/3")
 * @param requiredPresent the least number of members present that reaches it
 */
public record Quorum(int totalMembers, int present, String share, int requiredPresent) {

    public static Quorum of(Share share, int totalMembers, int present) {
        return new Quorum(totalMembers, present, share.display(), share.of(totalMembers));
    }

    public boolean met() {
        return present >= requiredPresent;
    }
}
