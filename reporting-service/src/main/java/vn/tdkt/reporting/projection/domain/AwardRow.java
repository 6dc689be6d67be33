package vn.tdkt.reporting.projection.domain;

import java.time.LocalDate;
import vn.tdkt.contracts.nomination.AwardDecided;
import vn.tdkt.contracts.nomination.AwardRef;
import vn.tdkt.contracts.nomination.AwardRevoked;

/**
 * Read model of one entry of the award register: what was decided, for whom, with how much money.
 *
 * <p>Too wide to copy for every event, unlike the record rows: it changes in place, and each applier answers the
 * row itself (the row store keeps the row an applier answers).
 */
public final class AwardRow {

    private String awardId;
    private String dossierId;
    private String unitCode;
    private String subjectType;
    private String subjectName;
    private String awardCode;
    private String awardName;
    private int year;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String authority;
    private long amount;
    private double coefficient;
    private long baseSalary;
    private String decidedEventId;
    private boolean decided;
    private boolean revoked;
    private LocalDate revokedOn;
    private long amountToRecover;

    private AwardRow() {
    }

    public static AwardRow of(String awardId) {
        AwardRow row = new AwardRow();
        row.awardId = awardId;
        return row;
    }

    public AwardRow decided(AwardDecided e, String eventId) {
        describe(e.award());
        decisionNumber = e.decisionNumber();
        decisionDate = e.decisionDate();
        authority = e.authority();
        amount = e.amount();
        coefficient = e.coefficient();
        baseSalary = e.baseSalary();
        decidedEventId = eventId;
        decided = true;
        return this;
    }

    /** A revocation may arrive before the decision it revokes (another partition): it fills what it knows. */
    public AwardRow revoked(AwardRevoked e) {
        if (!decided) {
            describe(e.award());
        }
        revoked = true;
        revokedOn = e.decisionDate();
        amountToRecover = e.amountToRecover();
        return this;
    }

    /** Who and what the award is about: both events carry it. */
    private void describe(AwardRef award) {
        this.dossierId = award.dossierId();
        this.unitCode = award.unitCode();
        this.subjectType = award.subjectType().name();
        this.subjectName = award.subjectName();
        this.awardCode = award.awardCode();
        this.awardName = award.awardName();
        this.year = award.year();
    }

    public String awardId() { return awardId; }
    public String dossierId() { return dossierId; }
    public String unitCode() { return unitCode; }
    public String subjectType() { return subjectType; }
    public String subjectName() { return subjectName; }
    public String awardCode() { return awardCode; }
    public String awardName() { return awardName; }
    public int year() { return year; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate decisionDate() { return decisionDate; }
    public String authority() { return authority; }
    public long amount() { return amount; }
    public double coefficient() { return coefficient; }
    public long baseSalary() { return baseSalary; }
    public String decidedEventId() { return decidedEventId; }
    public boolean decided() { return decided; }
    public boolean revoked() { return revoked; }
    public LocalDate revokedOn() { return revokedOn; }
    public long amountToRecover() { return amountToRecover; }
}
