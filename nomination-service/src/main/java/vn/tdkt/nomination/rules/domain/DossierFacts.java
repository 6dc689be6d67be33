package vn.tdkt.nomination.rules.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;

/**
 * What a real dossier adds to the subject's facts: its documents, its dates, the quota and window of its movement,
 * the duplicates found across dossiers and the deciding authority. Only with these are the dossier, deadline, quota
 * and authority rules (R-DOS-*, R-DL-*, R-AUTH-*, R-GEN-01, R-CSCS-02/03, ...) evaluated; the what-if check has none.
 * Build it with {@link #builder()}; parts left out are unknown and the rules that need them are not evaluated.
 *
 * @param documents                kinds of document present (R-DOS-01..04, R-CSCS-03)
 * @param minutesCarryVoteResults  the review minutes record the vote results (R-CSCS-03)
 * @param submissionDate           when the dossier was (or would be) submitted (R-DL-01, R-DL-03, R-CSTQ-02,
 *                                 R-COCP-02)
 * @param quota                    the unit's quota for the movement and how much of it other dossiers use (R-DL-03)
 * @param window                   the movement's nomination window (R-DL-03)
 * @param deadline                 context of the annual deadlines (R-DL-01, R-COCP-02)
 * @param duplicates               what the dossier shares with other dossiers (R-GEN-01, R-GEN-02)
 * @param authority                the deciding authority, when known (R-AUTH-01/02)
 * @param electronicFormats        electronic copies attached (R-DOS-02)
 * @param stateSecret              the dossier contains state secrets (R-DOS-02 exemption)
 * @param unitTitleCounts          the unit's LĐTT and CSTĐCS counts for the year (R-CSCS-02 optional cap)
 * @param clusterPathQuota         Cờ thi đua CP proposals from the cụm/khối path (R-COCP-01)
 * @param complianceListsReceived  codes of the bodies whose violation and compliance lists for the year were
 *                                 received (R-DL-02), e.g. {@code CONG_AN_TINH}
 * @param justificationProvided    a free-text justification with attachments for a non-periodic path (R-BKT-01)
 */
public record DossierFacts(Set<DocumentKind> documents, boolean minutesCarryVoteResults, LocalDate submissionDate,
        Quota quota, Window window, Deadline deadline, Duplicates duplicates, AuthorityLevel authority,
        Set<ElectronicFormat> electronicFormats, boolean stateSecret, UnitTitleCounts unitTitleCounts,
        ClusterPathQuota clusterPathQuota, Set<String> complianceListsReceived, boolean justificationProvided) {

    public DossierFacts {
        documents = documents == null || documents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(documents));
        electronicFormats = electronicFormats == null || electronicFormats.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(electronicFormats));
        duplicates = duplicates == null ? Duplicates.NONE : duplicates;
        complianceListsReceived = complianceListsReceived == null ? null : Set.copyOf(complianceListsReceived);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The unit's quota for the movement: {@code used} counts the unit's other dossiers, not this one. */
    public record Quota(int limit, int used) {
    }

    /** The movement's nomination window, both days included. */
    public record Window(LocalDate opens, LocalDate closes) {
    }

    /**
     * @param educationSector the dossier comes from the education sector (school-year deadlines)
     * @param eventDate       the ceremony or conference a thematic dossier is for, if any
     */
    public record Deadline(boolean educationSector, LocalDate eventDate) {
    }

    /**
     * @param sameAchievement        other dossiers citing the same achievement id and period (R-GEN-01)
     * @param samePersonAwardYear    other dossiers for the same subject, award and year
     * @param innovationsAlreadyUsed innovations this dossier cites that another dossier already used (R-GEN-02)
     */
    public record Duplicates(List<String> sameAchievement, List<String> samePersonAwardYear,
            List<String> innovationsAlreadyUsed) {

        public static final Duplicates NONE = new Duplicates(List.of(), List.of(), List.of());

        public Duplicates {
            sameAchievement = sameAchievement == null ? List.of() : List.copyOf(sameAchievement);
            samePersonAwardYear = samePersonAwardYear == null ? List.of() : List.copyOf(samePersonAwardYear);
            innovationsAlreadyUsed = innovationsAlreadyUsed == null ? List.of() : List.copyOf(innovationsAlreadyUsed);
        }
    }

    /** The unit's LĐTT awarded and CSTĐCS proposed (this one included) in the year. */
    public record UnitTitleCounts(int ldtt, int cstdcs) {
    }

    /** Cụm/khối leaders in the province this year and Cờ thi đua CP proposals from them (this one included). */
    public record ClusterPathQuota(int leaders, int proposals) {
    }

    /** Builds {@link DossierFacts}; every part is optional. */
    public static final class Builder {
        private Set<DocumentKind> documents = Set.of();
        private boolean minutesCarryVoteResults;
        private LocalDate submissionDate;
        private Quota quota;
        private Window window;
        private Deadline deadline;
        private Duplicates duplicates = Duplicates.NONE;
        private AuthorityLevel authority;
        private Set<ElectronicFormat> electronicFormats = Set.of();
        private boolean stateSecret;
        private UnitTitleCounts unitTitleCounts;
        private ClusterPathQuota clusterPathQuota;
        private Set<String> complianceListsReceived;
        private boolean justificationProvided;

        private Builder() {
        }

        public Builder documents(Set<DocumentKind> value) {
            documents = value;
            return this;
        }

        public Builder minutesCarryVoteResults(boolean value) {
            minutesCarryVoteResults = value;
            return this;
        }

        public Builder submissionDate(LocalDate value) {
            submissionDate = value;
            return this;
        }

        public Builder quota(Quota value) {
            quota = value;
            return this;
        }

        public Builder window(Window value) {
            window = value;
            return this;
        }

        public Builder deadline(Deadline value) {
            deadline = value;
            return this;
        }

        public Builder duplicates(Duplicates value) {
            duplicates = value;
            return this;
        }

        public Builder authority(AuthorityLevel value) {
            authority = value;
            return this;
        }

        public Builder electronicFormats(Set<ElectronicFormat> value) {
            electronicFormats = value;
            return this;
        }

        public Builder stateSecret(boolean value) {
            stateSecret = value;
            return this;
        }

        public Builder unitTitleCounts(UnitTitleCounts value) {
            unitTitleCounts = value;
            return this;
        }

        public Builder clusterPathQuota(ClusterPathQuota value) {
            clusterPathQuota = value;
            return this;
        }

        public Builder complianceListsReceived(Set<String> value) {
            complianceListsReceived = value;
            return this;
        }

        public Builder justificationProvided(boolean value) {
            justificationProvided = value;
            return this;
        }

        public DossierFacts build() {
            return new DossierFacts(documents, minutesCarryVoteResults, submissionDate, quota, window, deadline,
                    duplicates, authority, electronicFormats, stateSecret, unitTitleCounts, clusterPathQuota,
                    complianceListsReceived, justificationProvided);
        }
    }
}
