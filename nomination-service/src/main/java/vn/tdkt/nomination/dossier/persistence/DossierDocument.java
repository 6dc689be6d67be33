package vn.tdkt.nomination.dossier.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.dossier.domain.Appraisal;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierSnapshot;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.platform.outbox.AggregateDocument;

/** A dossier as stored, with its version and pending events (embedded outbox). */
@Document(DossierDocument.COLLECTION)
public class DossierDocument extends AggregateDocument {

    public static final String COLLECTION = "dossiers";

    @Id
    private String id;
    private String unitCode;
    private SubjectType subjectType;
    private String subjectName;
    /** Folded (lower case, no diacritics) subject name, for duplicate detection and search without collations. */
    private String subjectNameKey;
    private String awardCode;
    private String awardName;
    private int year;
    private String achievementSummary;
    private DossierStatus status;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private String submittedBy;
    private Instant submittedAt;
    private AppraisalPart appraisal;

    /** The appraisal sub-document. */
    public record AppraisalPart(AppraisalOutcome outcome, List<String> reasons, String appraisedBy,
            Instant appraisedAt) {
    }

    public Dossier toDomain() {
        return Dossier.restore(new DossierSnapshot(id, unitCode, subjectType, subjectName, subjectNameKey,
                awardCode, awardName, year, achievementSummary, status, createdBy, createdAt, updatedAt,
                submittedBy, submittedAt, appraisal == null ? null : new Appraisal(appraisal.outcome(),
                        appraisal.reasons(), appraisal.appraisedBy(), appraisal.appraisedAt())));
    }

    /** Copies the aggregate's state onto this document; version and outbox stay as they are. */
    public DossierDocument apply(Dossier dossier) {
        DossierSnapshot s = dossier.snapshot();
        if (id != null && !id.equals(s.id())) {
            throw new IllegalArgumentException("document " + id + " cannot hold dossier " + s.id());
        }
        id = s.id();
        unitCode = s.unitCode();
        subjectType = s.subjectType();
        subjectName = s.subjectName();
        subjectNameKey = s.subjectNameKey();
        awardCode = s.awardCode();
        awardName = s.awardName();
        year = s.year();
        achievementSummary = s.achievementSummary();
        status = s.status();
        createdBy = s.createdBy();
        createdAt = s.createdAt();
        updatedAt = s.updatedAt();
        submittedBy = s.submittedBy();
        submittedAt = s.submittedAt();
        Appraisal a = s.appraisal();
        appraisal = a == null ? null : new AppraisalPart(a.outcome(), a.reasons(), a.appraisedBy(), a.appraisedAt());
        return this;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(SubjectType subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getSubjectNameKey() {
        return subjectNameKey;
    }

    public void setSubjectNameKey(String subjectNameKey) {
        this.subjectNameKey = subjectNameKey;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public void setAwardCode(String awardCode) {
        this.awardCode = awardCode;
    }

    public String getAwardName() {
        return awardName;
    }

    public void setAwardName(String awardName) {
        this.awardName = awardName;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getAchievementSummary() {
        return achievementSummary;
    }

    public void setAchievementSummary(String achievementSummary) {
        this.achievementSummary = achievementSummary;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public void setStatus(DossierStatus status) {
        this.status = status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public void setSubmittedBy(String submittedBy) {
        this.submittedBy = submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public AppraisalPart getAppraisal() {
        return appraisal;
    }

    public void setAppraisal(AppraisalPart appraisal) {
        this.appraisal = appraisal;
    }
}
