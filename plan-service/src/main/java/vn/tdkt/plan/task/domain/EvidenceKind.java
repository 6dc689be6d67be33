package vn.tdkt.plan.task.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What proves a task was done. */
@RequiredArgsConstructor
@Getter
public enum EvidenceKind {
    REPORT("Báo cáo"),
    DOCUMENT("Văn bản"),
    EVENT("Sự kiện, hội nghị"),
    ARTICLE("Tin, bài");

    private final String label;
}
