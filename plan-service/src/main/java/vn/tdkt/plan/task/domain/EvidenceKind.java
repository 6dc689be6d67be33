package vn.tdkt.plan.task.domain;

/** What proves a task was done. */
public enum EvidenceKind {
    REPORT("Báo cáo"),
    DOCUMENT("Văn bản"),
    EVENT("Sự kiện, hội nghị"),
    ARTICLE("Tin, bài");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
