package vn.tdkt.notification.notice.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.AwardDecided;
import vn.tdkt.contracts.nomination.AwardRef;
import vn.tdkt.contracts.nomination.AwardRevoked;
import vn.tdkt.contracts.nomination.CouncilMeetingDue;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierRecalled;
import vn.tdkt.contracts.nomination.DossierRef;
import vn.tdkt.contracts.nomination.DossierReturned;
import vn.tdkt.contracts.nomination.DossierSlaBreached;
import vn.tdkt.contracts.nomination.DossierSlaDue;
import vn.tdkt.contracts.nomination.SlaDeadline;
import vn.tdkt.contracts.nomination.SubjectType;

/**
 * Recipient rules of nomination-service's events (README, notification-service section):
 * <ul>
 *   <li>dossier-returned, dossier-appraised: the proposing unit;</li>
 *   <li>dossier-recalled: the province body (Sở Nội vụ), whose desk holds the dossier;</li>
 *   <li>dossier-sla-due / -breached: on the APPRAISAL clock the province body, which must act; on the RETURN clock
 *       the proposing unit, which must resubmit;</li>
 *   <li>council-session-scheduled: each invitee at their e-mail address (their unit's inbox when no address is
 *       known);</li>
 *   <li>award-decided: the awardee's unit, and the awardee where the e-mail is known;</li>
 *   <li>award-revoked: the awardee's unit;</li>
 *   <li>council-meeting-due (R-MEET-02): the council's standing body (its inbox and desk e-mail), and each member in
 *       office at their e-mail address (members without one are reached through the standing body).</li>
 * </ul>
 */
public final class NominationNotices {

    private static final String APPRAISAL_CLOCK = "APPRAISAL";
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    private NominationNotices() {
    }

    public static EventNotices dossierReturned(DossierReturned event, NoticeContext context) {
        DossierRef dossier = event.dossier();
        Model model = dossierModel(dossier.unitCode(), dossier, context)
                .put("reasons", event.reasons())
                .put("completeBy", NoticeFormat.date(event.completeBy()))
                .put("returnedOn", NoticeFormat.date(event.returnedAt(), context.zone()));
        return EventNotices.of(List.of(new Notice(NoticeKind.DOSSIER_RETURNED, RecipientRef.unit(dossier.unitCode()),
                dossier(dossier.dossierId()), model.build())));
    }

    public static EventNotices dossierAppraised(DossierAppraised event, NoticeContext context) {
        List<Map<String, Object>> failed = new ArrayList<>();
        if (event.ruleResults() != null) {
            for (DossierAppraised.RuleOutcome rule : event.ruleResults()) {
                if (!rule.passed()) {
                    failed.add(new Model().put("ruleId", rule.ruleId()).put("citation", rule.citation())
                            .optional("explanation", rule.explanation()).build());
                }
            }
        }
        List<String> reasons = event.reasons().stream().filter(r -> r != null && !r.isBlank()).toList();
        DossierRef dossier = event.dossier();
        Model model = dossierModel(dossier.unitCode(), dossier, context)
                .put("outcome", event.outcome().name())
                .put("outcomeLabel", event.outcome().label())
                .put("eligible", event.outcome() == AppraisalOutcome.ELIGIBLE)
                .put("notEligible", event.outcome() == AppraisalOutcome.NOT_ELIGIBLE)
                .optional("reasons", reasons)
                .optional("failedRules", failed)
                .put("appraisedOn", NoticeFormat.date(event.appraisedAt(), context.zone()));
        return EventNotices.of(List.of(new Notice(NoticeKind.DOSSIER_APPRAISED, RecipientRef.unit(dossier.unitCode()),
                dossier(dossier.dossierId()), model.build())));
    }

    public static EventNotices dossierRecalled(DossierRecalled event, NoticeContext context) {
        DossierRef dossier = event.dossier();
        Model model = dossierModel(context.provinceBody(), dossier, context)
                .put("proposingUnitName", context.unitName(dossier.unitCode()))
                .optional("reason", event.reason())
                .put("recalledOn", NoticeFormat.date(event.recalledAt(), context.zone()));
        return EventNotices.of(List.of(new Notice(NoticeKind.DOSSIER_RECALLED,
                RecipientRef.unit(context.provinceBody()), dossier(dossier.dossierId()), model.build())))
                .concerning(dossier.unitCode());
    }

    public static EventNotices dossierSlaDue(DossierSlaDue e, NoticeContext context) {
        return new SlaFacts(e.dossier(), e.deadline())
                .notices(NoticeKind.DOSSIER_SLA_DUE, "workingDaysLeft", e.workingDaysLeft(), context);
    }

    public static EventNotices dossierSlaBreached(DossierSlaBreached e, NoticeContext context) {
        return new SlaFacts(e.dossier(), e.deadline())
                .notices(NoticeKind.DOSSIER_SLA_BREACHED, "workingDaysLate", e.workingDaysLate(), context);
    }

    public static EventNotices councilSessionScheduled(CouncilSessionScheduled event, NoticeContext context) {
        List<Map<String, Object>> agenda = event.agenda().stream()
                .map(item -> new Model().put("subjectName", item.subjectName()).put("awardCode", item.awardCode())
                        .build())
                .toList();
        Map<String, Notice> byRecipient = new LinkedHashMap<>();
        for (CouncilSessionScheduled.Invitee invitee : event.invitees()) {
            RecipientRef recipient;
            if (invitee.email() != null && !invitee.email().isBlank()) {
                recipient = RecipientRef.person(invitee.email(), invitee.unitCode());
            } else if (invitee.unitCode() != null && !invitee.unitCode().isBlank()) {
                recipient = RecipientRef.unit(invitee.unitCode());
            } else {
                continue; // nowhere to send it: the invitee is reached by the council's secretariat
            }
            Model model = new Model()
                    .put("inviteeName", invitee.name())
                    .put("role", invitee.role())
                    .put("councilName", event.councilName())
                    .put("startsOn", NoticeFormat.date(event.startsAt(), context.zone()))
                    .put("startsAt", NoticeFormat.time(event.startsAt(), context.zone()))
                    .optional("location", event.location())
                    .put("agenda", agenda)
                    .put("agendaCount", agenda.size());
            byRecipient.putIfAbsent(recipient.key(), new Notice(NoticeKind.COUNCIL_INVITATION, recipient,
                    new Reference(Reference.Type.COUNCIL_SESSION, event.sessionId()), model.build()));
        }
        // concerns no unit: the invitation lists every invitee's address, so only province-wide subscribers get it
        return new EventNotices(List.copyOf(byRecipient.values()), java.util.Set.of());
    }

    public static EventNotices awardDecided(AwardDecided event, NoticeContext context) {
        AwardRef award = event.award();
        Model model = awardModel(award, context)
                .put("year", award.year())
                .put("decisionNumber", event.decisionNumber())
                .put("decisionDate", NoticeFormat.date(event.decisionDate()))
                .put("amount", NoticeFormat.money(event.amount()))
                .put("hasAmount", event.amount() > 0)
                .optional("verifyUrl", event.verifyUrl());
        Reference reference = new Reference(Reference.Type.AWARD, award.awardId());
        List<Notice> notices = new ArrayList<>();
        notices.add(new Notice(NoticeKind.AWARD_DECIDED, RecipientRef.unit(award.unitCode()), reference,
                model.put("toPerson", false).build()));
        if (event.personEmail() != null && !event.personEmail().isBlank()) {
            notices.add(new Notice(NoticeKind.AWARD_DECIDED, RecipientRef.person(event.personEmail(), award.unitCode()),
                    reference, model.put("toPerson", true).build()));
        }
        return EventNotices.of(notices);
    }

    public static EventNotices awardRevoked(AwardRevoked event, NoticeContext context) {
        AwardRef award = event.award();
        Model model = awardModel(award, context)
                .put("decisionNumber", event.decisionNumber())
                .put("decisionDate", NoticeFormat.date(event.decisionDate()))
                // a point of Điều 93 khoản 2 is written in lower case: "điểm a"
                .put("trigger", event.trigger().toLowerCase(VIETNAMESE))
                .put("reason", event.reason())
                .put("amountToRecover", NoticeFormat.money(event.amountToRecover()))
                .put("hasAmountToRecover", event.amountToRecover() > 0);
        return EventNotices.of(List.of(new Notice(NoticeKind.AWARD_REVOKED, RecipientRef.unit(award.unitCode()),
                new Reference(Reference.Type.AWARD, award.awardId()), model.build())));
    }

    public static EventNotices councilMeetingDue(CouncilMeetingDue event, NoticeContext context) {
        List<Map<String, Object>> members = event.members().stream()
                .map(member -> new Model().put("name", member.name()).build())
                .toList();
        Model common = PlanNotices.unitModel(event.unitCode(), context)
                .put("councilName", event.councilName())
                .put("dueBy", NoticeFormat.date(event.dueBy()))
                .optional("lastMeetingOn", NoticeFormat.date(event.lastMeetingOn()))
                .put("members", members)
                .put("memberCount", members.size());
        Reference reference = new Reference(Reference.Type.COUNCIL, event.councilId());
        Map<String, Notice> byRecipient = new LinkedHashMap<>();
        RecipientRef standingBody = RecipientRef.unit(event.unitCode());
        byRecipient.put(standingBody.key(), new Notice(NoticeKind.COUNCIL_MEETING_DUE, standingBody, reference,
                common.put("toPerson", false).build()));
        for (CouncilMeetingDue.Member member : event.members()) {
            if (member.email() == null || member.email().isBlank()) {
                continue; // the standing body's notice names every member; it reaches those without an address
            }
            RecipientRef person = RecipientRef.person(member.email(), member.unitCode());
            byRecipient.putIfAbsent(person.key(), new Notice(NoticeKind.COUNCIL_MEETING_DUE, person, reference,
                    common.put("toPerson", true).put("memberName", member.name()).build()));
        }
        // concerns the standing body only: the member list carries every member's address, so the members' own
        // units' webhooks do not receive it (as with the session invitation)
        return new EventNotices(List.copyOf(byRecipient.values()), java.util.Set.of(event.unitCode()));
    }

    /**
     * What both SLA events say about a dossier's deadline (both carry the same {@link DossierRef}): the appraisal clock
     * is the Sở Nội vụ's to watch, the return clock the proposing unit's.
     */
    private record SlaFacts(DossierRef dossier, SlaDeadline deadline) {

        EventNotices notices(NoticeKind kind, String daysKey, int days, NoticeContext context) {
            boolean appraisal = APPRAISAL_CLOCK.equals(deadline.clock());
            String unitCode = dossier.unitCode();
            String recipient = appraisal ? context.provinceBody() : unitCode;
            Model model = dossierModel(recipient, dossier, context)
                    .put("appraisalClock", appraisal)
                    .put("returnClock", !appraisal)
                    .put("proposingUnitName", context.unitName(unitCode))
                    .optional("assignee", deadline.assignee())
                    .put("dueDate", NoticeFormat.date(deadline.dueDate()))
                    .put(daysKey, days);
            return EventNotices.of(List.of(new Notice(kind, RecipientRef.unit(recipient),
                    NominationNotices.dossier(dossier.dossierId()), model.build()))).concerning(unitCode);
        }
    }

    /** The model of a notice about a dossier, addressed to {@code recipientUnit}. */
    private static Model dossierModel(String recipientUnit, DossierRef dossier, NoticeContext context) {
        return dossierModel(recipientUnit, dossier.subjectType(), dossier.subjectName(), dossier.awardName(), context);
    }

    /** An award's notice reads like its dossier's, to the awardee's unit. */
    private static Model awardModel(AwardRef award, NoticeContext context) {
        return dossierModel(award.unitCode(), award.subjectType(), award.subjectName(), award.awardName(), context);
    }

    private static Model dossierModel(String unitCode, SubjectType subjectType, String subjectName, String awardName,
            NoticeContext context) {
        Objects.requireNonNull(subjectType, "subjectType");
        return PlanNotices.unitModel(unitCode, context)
                .put("subjectName", subjectName)
                .put("subjectType", subjectType.name())
                .put("subjectTypeLabel", subjectType.label().toLowerCase(VIETNAMESE))
                .put("individual", subjectType == SubjectType.INDIVIDUAL)
                .put("awardName", awardName);
    }

    private static Reference dossier(String dossierId) {
        return new Reference(Reference.Type.DOSSIER, dossierId);
    }
}
