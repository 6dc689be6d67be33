package vn.tdkt.nomination.dossier.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * A nomination dossier (hồ sơ đề nghị khen thưởng): a unit proposes one person, collective or household for one
 * award of the catalogue. Life cycle: {@code DRAFT} (the unit edits) → {@code SUBMITTED} (sent to the Sở Nội
 * vụ) → {@code APPRAISED_ELIGIBLE} or {@code APPRAISED_NOT_ELIGIBLE}. State changes return the events to
 * publish; anything else is refused with a {@link DomainException}.
 */
public final class Dossier {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private final String id;
    private final String unitCode;
    private SubjectType subjectType;
    private String subjectName;
    private String subjectNameKey;
    private String awardCode;
    private String awardName;
    private int year;
    private String achievementSummary;
    private DossierStatus status;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private String submittedBy;
    private Instant submittedAt;
    private Appraisal appraisal;

    private Dossier(DossierSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.unitCode = Objects.requireNonNull(s.unitCode(), "unitCode");
        this.subjectType = s.subjectType();
        this.subjectName = s.subjectName();
        this.subjectNameKey = s.subjectNameKey();
        this.awardCode = s.awardCode();
        this.awardName = s.awardName();
        this.year = s.year();
        this.achievementSummary = s.achievementSummary();
        this.status = Objects.requireNonNull(s.status(), "status");
        this.createdBy = s.createdBy();
        this.createdAt = s.createdAt();
        this.updatedAt = s.updatedAt();
        this.submittedBy = s.submittedBy();
        this.submittedAt = s.submittedAt();
        this.appraisal = s.appraisal();
    }

    /** A new draft of {@code unitCode}; the award must exist in the catalogue and fit the subject type. */
    public static Dossier draft(String id, String unitCode, DossierContent content, AwardCatalogue catalogue,
            String createdBy, Instant now) {
        if (unitCode == null || unitCode.isBlank()) {
            throw DomainException.invalid("dossier.unit-required");
        }
        Dossier dossier = new Dossier(new DossierSnapshot(id, unitCode, null, null, null, null, null, 0, null,
                DossierStatus.DRAFT, createdBy, now, now, null, null, null));
        dossier.apply(content, catalogue);
        return dossier;
    }

    /** Rebuilds a dossier from stored state. */
    public static Dossier restore(DossierSnapshot snapshot) {
        return new Dossier(snapshot);
    }

    /** Changes the content of a draft. */
    public void revise(DossierContent content, AwardCatalogue catalogue, Instant now) {
        requireStatus(DossierAction.EDIT, DossierStatus.DRAFT);
        apply(content, catalogue);
        updatedAt = now;
    }

    /** The unit sends its draft to the Sở Nội vụ. */
    public List<DomainEvent> submit(String by, Instant now) {
        requireStatus(DossierAction.SUBMIT, DossierStatus.DRAFT);
        status = DossierStatus.SUBMITTED;
        submittedBy = Objects.requireNonNull(by, "by");
        submittedAt = now;
        updatedAt = now;
        return List.of(new DomainEvent(EventTypes.DOSSIER_SUBMITTED, id, new DossierSubmitted(
                id, unitCode, subjectType, subjectName, awardCode, awardName, year, now)));
    }

    /**
     * The Sở Nội vụ concludes on a submitted dossier. A "not eligible" conclusion must give at least one reason,
     * because the unit is told why (DOMAIN §4.5: return with written notice).
     */
    public List<DomainEvent> appraise(AppraisalOutcome outcome, List<String> reasons, String by, Instant now) {
        requireStatus(DossierAction.APPRAISE, DossierStatus.SUBMITTED);
        if (outcome == null) {
            throw DomainException.invalid("dossier.appraisal.outcome-required");
        }
        List<String> cleanReasons = reasons == null ? List.of() : reasons.stream()
                .map(TextNormalizer::clean)
                .filter(reason -> reason != null && !reason.isEmpty())
                .toList();
        if (outcome == AppraisalOutcome.NOT_ELIGIBLE && cleanReasons.isEmpty()) {
            throw DomainException.invalid("dossier.appraisal.reasons-required");
        }
        appraisal = new Appraisal(outcome, cleanReasons, Objects.requireNonNull(by, "by"), now);
        status = outcome == AppraisalOutcome.ELIGIBLE
                ? DossierStatus.APPRAISED_ELIGIBLE : DossierStatus.APPRAISED_NOT_ELIGIBLE;
        updatedAt = now;
        return List.of(new DomainEvent(EventTypes.DOSSIER_APPRAISED, id, new DossierAppraised(
                id, unitCode, subjectType, subjectName, awardCode, awardName, outcome, cleanReasons, by, now, null, null)));
    }

    private void apply(DossierContent content, AwardCatalogue catalogue) {
        Objects.requireNonNull(content, "content");
        if (content.subjectType() == null) {
            throw DomainException.invalid("dossier.subject-type-required");
        }
        String name = TextNormalizer.clean(content.subjectName());
        if (name == null || name.isEmpty()) {
            throw DomainException.invalid("dossier.subject-name-required");
        }
        if (content.year() < MIN_YEAR || content.year() > MAX_YEAR) {
            throw DomainException.invalid("dossier.year-out-of-range", content.year(), MIN_YEAR, MAX_YEAR);
        }
        AwardForm award = catalogue.require(content.awardCode(), content.subjectType());
        subjectType = content.subjectType();
        subjectName = name;
        subjectNameKey = TextNormalizer.fold(name);
        awardCode = award.code();
        awardName = award.name();
        year = content.year();
        achievementSummary = content.achievementSummary() == null
                ? null : TextNormalizer.nfc(content.achievementSummary().strip());
    }

    private void requireStatus(DossierAction action, DossierStatus expected) {
        if (status != expected) {
            throw new IllegalDossierTransitionException(action, status);
        }
    }

    public String id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public DossierStatus status() {
        return status;
    }

    public DossierSnapshot snapshot() {
        return new DossierSnapshot(id, unitCode, subjectType, subjectName, subjectNameKey, awardCode, awardName,
                year, achievementSummary, status, createdBy, createdAt, updatedAt, submittedBy, submittedAt,
                appraisal);
    }
}
