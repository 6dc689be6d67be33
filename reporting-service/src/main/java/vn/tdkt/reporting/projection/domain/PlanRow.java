package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import vn.tdkt.contracts.plan.PlanAmended;
import vn.tdkt.contracts.plan.PlanPublished;

/** Read model of one plan (kế hoạch): its current version and how it changed. */
public final class PlanRow {

    private String planId;
    private String code;
    private String title;
    private int year;
    private int version;
    private String issuerUnit;
    private Instant publishedAt;
    private int taskCount;
    private Instant amendedAt;
    private int amendments;
    private int tasksAdded;
    private int tasksRemoved;
    private int tasksChanged;

    private PlanRow() {
    }

    public static PlanRow of(String planId) {
        PlanRow row = new PlanRow();
        row.planId = planId;
        return row;
    }

    public void published(PlanPublished e) {
        code = e.code();
        title = e.title();
        year = e.year();
        version = Math.max(version, e.version());
        issuerUnit = e.issuerUnit();
        if (publishedAt == null) {
            publishedAt = e.publishedAt();
        }
        taskCount = e.tasks().size();
    }

    public void amended(PlanAmended e) {
        code = e.code();
        title = e.title();
        year = e.year();
        version = Math.max(version, e.version());
        amendedAt = e.amendedAt();
        amendments++;
        tasksAdded += e.added().size();
        tasksRemoved += e.removed().size();
        tasksChanged += e.changed().size();
    }

    public String planId() { return planId; }
    public String code() { return code; }
    public String title() { return title; }
    public int year() { return year; }
    public int version() { return version; }
    public String issuerUnit() { return issuerUnit; }
    public Instant publishedAt() { return publishedAt; }
    public int taskCount() { return taskCount; }
    public Instant amendedAt() { return amendedAt; }
    public int amendments() { return amendments; }
    public int tasksAdded() { return tasksAdded; }
    public int tasksRemoved() { return tasksRemoved; }
    public int tasksChanged() { return tasksChanged; }
}
