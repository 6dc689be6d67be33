package vn.tdkt.nomination.rules.application;

import java.time.LocalDate;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.rules.domain.DossierFacts;
import vn.tdkt.nomination.rules.domain.SubjectFacts;

/**
 * One question to the rules: may this subject get this award for this year, decided on this date?
 *
 * @param awardCode    a code of the award catalogue in force on {@code decisionDate}
 * @param subjectType  individual, collective or household; must be allowed for the award
 * @param year         the achievement year the proposal is for
 * @param decisionDate chooses the rule set and catalogue version in force, and is the day holds are judged on
 * @param facts        the subject's facts ({@code null}: nothing known)
 * @param dossier      the dossier's facts; {@code null} in the what-if check, so dossier, deadline, quota and
 *                     authority rules are not evaluated
 * @param type         the proposal's type (công trạng by default): some criteria hold only for one path
 */
public record EligibilityQuery(String awardCode, SubjectType subjectType, int year, LocalDate decisionDate,
        SubjectFacts facts, DossierFacts dossier, CommendationType type) {

    public EligibilityQuery {
        facts = facts == null ? SubjectFacts.empty() : facts;
        type = type == null ? CommendationType.PERIODIC : type;
    }

    /** A công trạng (periodic, merit) proposal. */
    public EligibilityQuery(String awardCode, SubjectType subjectType, int year, LocalDate decisionDate,
            SubjectFacts facts, DossierFacts dossier) {
        this(awardCode, subjectType, year, decisionDate, facts, dossier, CommendationType.PERIODIC);
    }
}
