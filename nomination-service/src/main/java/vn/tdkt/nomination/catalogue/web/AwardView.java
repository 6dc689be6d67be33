package vn.tdkt.nomination.catalogue.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;
import vn.tdkt.nomination.catalogue.domain.PublicNotice;
import vn.tdkt.nomination.catalogue.domain.RequiredDocument;
import vn.tdkt.nomination.catalogue.domain.VoteRequirement;

/** One award of the catalogue as the API shows it. */
public record AwardView(String code, String name, String nameEn, String kind, String kindLabel,
        String decisionLevel, String decisionLevelLabel, String decider, List<SubjectType> subjectTypes,
        VoteView vote, NoticeView publicNotice, List<DocumentView> requiredDocuments,
        Map<SubjectType, BigDecimal> rewardCoefficients, String rewardCitation, List<String> citations) {

    /** R-VOTE-01/02. */
    public record VoteView(boolean required, BigDecimal threshold, String citation, String confidence) {
        static VoteView of(VoteRequirement vote) {
            return new VoteView(vote.required(), vote.threshold(), vote.citation(), vote.confidence());
        }
    }

    /** R-PUB-01. */
    public record NoticeView(boolean required, Integer workingDays, String citation, String confidence) {
        static NoticeView of(PublicNotice notice) {
            return new NoticeView(notice.required(), notice.workingDays(), notice.citation(), notice.confidence());
        }
    }

    /** Any one of {@code anyOf} satisfies it; {@code types} empty: every proposal type. */
    public record DocumentView(List<DocumentKind> anyOf, List<String> anyOfLabels, String rule,
            List<CommendationType> types) {
        static DocumentView of(RequiredDocument document) {
            List<DocumentKind> kinds = document.anyOf().stream().sorted().toList();
            return new DocumentView(kinds, kinds.stream().map(DocumentKind::label).toList(), document.rule(),
                    document.types().stream().sorted().toList());
        }
    }

    static AwardView of(AwardForm form) {
        return new AwardView(form.code(), form.name(), form.nameEn(), form.kind().name(), form.kind().label(),
                form.decisionLevel().name(), form.decisionLevel().label(), form.decider(),
                form.subjectTypes().stream().sorted(Comparator.naturalOrder()).toList(), VoteView.of(form.vote()),
                NoticeView.of(form.publicNotice()), form.requiredDocuments().stream().map(DocumentView::of).toList(),
                new TreeMap<>(form.rewardCoefficients()), form.rewardCitation(), form.citations());
    }
}
