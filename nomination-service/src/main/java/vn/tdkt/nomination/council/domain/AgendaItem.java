package vn.tdkt.nomination.council.domain;

import java.math.BigDecimal;
import vn.tdkt.contracts.nomination.SubjectType;

/**
 * One dossier the council votes on, with what the catalogue in force on the session's day requires of the vote: the
 * share of the total membership that must approve (R-VOTE-02) and where that comes from.
 *
 * @param unitCode the proposing unit
 */
public record AgendaItem(String dossierId, String subjectName, SubjectType subjectType, String unitCode,
        String awardCode, String awardName, BigDecimal threshold, String voteCitation) {
}
