package vn.tdkt.nomination.rules.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tdkt.nomination.catalogue.domain.CommendationType;

/**
 * What is known about one subject (a person, a collective or a household) that the eligibility rules judge:
 * ratings, prior awards, innovations, holds, disciplines, and, where they apply, member counts of a collective, its
 * cụm/khối standing and its unit's standing. Every part is optional: lists are empty and parts {@code null} when
 * unknown. A rule that needs a missing part fails with its explanation rather than guessing.
 *
 * <p>The registers of this service supply ratings, innovations, holds and disciplines
 * ({@code SubjectFactsService}); a dossier adds the awards it declares and the unit and cluster standing it knows
 * ({@link #withAwards}, {@link #withUnit}, {@link #withCluster}, ...).
 *
 * @param ratings      annual evaluations, at most one per year
 * @param awards       awards the subject already holds (declared in a dossier until the award register exists)
 * @param innovations  sáng kiến and S&T works recognised for the subject
 * @param holds        reasons to hold awarding (R-GEN-05), active or not; the rule judges them on the decision date
 * @param disciplines  concluded disciplinary measures (R-GEN-06, R-LDTT-02, R-CH-01)
 * @param collective   member counts of a collective (R-TTTT-01, R-TTXS-01)
 * @param cluster      the collective's place in its cụm/khối for a year (R-COT-01, R-COCP-01)
 * @param unit         the subject's unit: dissolved in the 2025 reorganisation or not (R-GEN-10)
 * @param service      working time in the proposal year (R-LDTT-02, R-GEN-07)
 * @param profile      a person's attributes some rules read (R-GEN-08, R-GEN-09, R-DOS-04)
 * @param contribution posts and tenure for a lifetime-contribution proposal (R-CH-01, R-CH-02, R-GEN-09)
 */
public record SubjectFacts(List<Rating> ratings, List<PriorAward> awards, List<Innovation> innovations,
        List<Hold> holds, List<Discipline> disciplines, Collective collective, Cluster cluster, Unit unit,
        Service service, Profile profile, Contribution contribution) {

    public SubjectFacts {
        ratings = copy(ratings);
        awards = copy(awards);
        innovations = copy(innovations);
        holds = copy(holds);
        disciplines = copy(disciplines);
    }

    /** Nothing known. */
    public static SubjectFacts empty() {
        return new SubjectFacts(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same facts with {@code more} awards added (e.g. those a dossier declares). */
    public SubjectFacts withAwards(List<PriorAward> more) {
        List<PriorAward> all = new ArrayList<>(awards);
        all.addAll(copy(more));
        return new SubjectFacts(ratings, all, innovations, holds, disciplines, collective, cluster, unit, service,
                profile, contribution);
    }

    public SubjectFacts withCollective(Collective value) {
        return new SubjectFacts(ratings, awards, innovations, holds, disciplines, value, cluster, unit, service,
                profile, contribution);
    }

    public SubjectFacts withCluster(Cluster value) {
        return new SubjectFacts(ratings, awards, innovations, holds, disciplines, collective, value, unit, service,
                profile, contribution);
    }

    public SubjectFacts withUnit(Unit value) {
        return new SubjectFacts(ratings, awards, innovations, holds, disciplines, collective, cluster, value, service,
                profile, contribution);
    }

    public SubjectFacts withProfile(Profile value) {
        return new SubjectFacts(ratings, awards, innovations, holds, disciplines, collective, cluster, unit, service,
                value, contribution);
    }

    /** Ratings, innovations, holds and disciplines of {@code other} added to these (two registers, one subject). */
    public SubjectFacts plus(SubjectFacts other) {
        return new SubjectFacts(concat(ratings, other.ratings), concat(awards, other.awards),
                concat(innovations, other.innovations), concat(holds, other.holds),
                concat(disciplines, other.disciplines), first(collective, other.collective),
                first(cluster, other.cluster), first(unit, other.unit), first(service, other.service),
                first(profile, other.profile), first(contribution, other.contribution));
    }

    /** An annual evaluation (xếp loại) of the subject for one year. */
    public record Rating(int year, Grade grade) {
        public Rating {
            Objects.requireNonNull(grade, "grade");
        }
    }

    /**
     * An award the subject already holds.
     *
     * @param type     công trạng, chuyên đề, đột xuất or cống hiến: NĐ 152 Đ4 k3 (R-GEN-04) keeps the last three
     *                 from counting as prerequisites of a công trạng proposal
     * @param declared {@code true} when only declared in a dossier, not yet confirmed by the award register
     */
    public record PriorAward(String awardCode, int year, CommendationType type, boolean declared) {
        public PriorAward {
            Objects.requireNonNull(awardCode, "awardCode");
            type = type == null ? CommendationType.PERIODIC : type;
        }
    }

    /**
     * A recognised sáng kiến or S&T work.
     *
     * @param usedFor      the dossier that already used it as a basis, or {@code null} (R-GEN-02)
     * @param usedForAward the award code of that dossier, or {@code null}
     */
    public record Innovation(String id, int year, InnovationLevel level, InnovationKind kind, String usedFor,
            String usedForAward) {
        public Innovation {
            Objects.requireNonNull(level, "level");
            kind = kind == null ? InnovationKind.SANG_KIEN : kind;
        }

        public Innovation(String id, int year, InnovationLevel level) {
            this(id, year, level, InnovationKind.SANG_KIEN, null, null);
        }
    }

    /**
     * A reason to hold awarding, in force from {@code since} to {@code until} (inclusive; {@code null}: open). A
     * lifted hold ends on the day it was lifted.
     */
    public record Hold(HoldKind kind, LocalDate since, LocalDate until) {
        public Hold {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(since, "since");
        }

        public boolean activeOn(LocalDate date) {
            return !since.isAfter(date) && (until == null || !until.isBefore(date));
        }
    }

    /** A concluded disciplinary measure in force from {@code from} to {@code to} ({@code null}: not ended). */
    public record Discipline(DisciplineLevel level, LocalDate from, LocalDate to) {
        public Discipline {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(from, "from");
        }
    }

    /**
     * Member counts of a collective for the proposal year.
     *
     * @param membersDisciplinedWarningOrAbove members disciplined with cảnh cáo or heavier in the year
     * @param membersFemale                    women among the members (R-GEN-08 tie-break)
     */
    public record Collective(Integer members, Integer membersLdtt, Integer membersCstdcs, Grade lowestMemberGrade,
            Integer membersDisciplinedWarningOrAbove, Integer membersFemale) {

        public Collective(Integer members, Integer membersLdtt, Integer membersCstdcs, Grade lowestMemberGrade,
                Integer membersDisciplinedWarningOrAbove) {
            this(members, membersLdtt, membersCstdcs, lowestMemberGrade, membersDisciplinedWarningOrAbove, null);
        }
    }

    /**
     * The collective's place in its cụm/khối thi đua for {@code year}.
     *
     * @param qualitativeCriteriaConfirmed whether the qualitative criteria of a Cờ (targets exceeded, united,
     *                                     thrift) are confirmed; {@code null} when not assessed
     */
    public record Cluster(String code, int year, int rank, Boolean qualitativeCriteriaConfirmed) {
        public Cluster(String code, int year, int rank) {
            this(code, year, rank, null);
        }
    }

    /** The subject's unit: its code, whether it was dissolved in the 2025 reorganisation, and its kind. */
    public record Unit(String code, boolean dissolved, String kind) {
    }

    /**
     * Working time in the proposal year.
     *
     * @param monthsWorked              months of service in the year
     * @param leaveWorkingDays          working days of leave in the year, maternity leave included
     * @param maternityLeaveWorkingDays the part of that leave that was maternity leave (R-GEN-07 counts it as work)
     */
    public record Service(Integer monthsWorked, Integer leaveWorkingDays, Integer maternityLeaveWorkingDays) {
    }

    /**
     * A person's attributes that some rules read.
     *
     * @param female                   R-GEN-08 tie-break, R-GEN-09 tenure
     * @param leader                   holds or held a leadership post (R-GEN-09)
     * @param provinciallyManagedCadre a cadre managed by the Tỉnh ủy (R-DOS-04: written opinion of its standing
     *                                 committee)
     * @param higherRetirementAge      falls under a higher retirement age (R-GEN-09 exception)
     */
    public record Profile(Boolean female, Boolean leader, Boolean provinciallyManagedCadre,
            Boolean higherRetirementAge) {
    }

    /**
     * Posts and tenure for a lifetime-contribution (cống hiến) proposal, NĐ 152 Điều 9.
     *
     * @param retirementNoticeDate notice of, or decision on, retirement
     * @param steppedDownDate      stepped down from leadership while continuing as a specialist
     * @param posts                posts held, any order
     * @param requiredPostLevel    the post level whose standard tenure the proposal relies on
     * @param standardTenureYears  the standard tenure in that post (NĐ 152 Điều 21 tables, supplied by the caller)
     */
    public record Contribution(LocalDate retirementNoticeDate, LocalDate steppedDownDate, List<Post> posts,
            Integer requiredPostLevel, BigDecimal standardTenureYears) {
        public Contribution {
            posts = copy(posts);
        }
    }

    /**
     * One post in a career.
     *
     * @param level            higher is a higher post
     * @param to               {@code null} while still held
     * @param originalTermEnd  for a post lost through reorganisation, the end of its original term, which counts
     *                         (R-CH-02); otherwise {@code null}
     */
    public record Post(String title, int level, LocalDate from, LocalDate to, boolean leadership,
            LocalDate originalTermEnd) {
        public Post {
            Objects.requireNonNull(from, "from");
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
