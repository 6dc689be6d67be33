package vn.tdkt.nomination.rules.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * The annual evaluation of a person or collective (xếp loại mức độ hoàn thành nhiệm vụ), imported from the
 * civil-service evaluation, never re-derived (DOMAIN §2.1). {@link #rank()} orders them: higher is better.
 */
@RequiredArgsConstructor
@Getter
public enum Grade implements Labelled {
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ", "Excellent task completion", 4),
    HTTNV("Hoàn thành tốt nhiệm vụ", "Good task completion", 3),
    HTNV("Hoàn thành nhiệm vụ", "Task completed", 2),
    KHTNV("Không hoàn thành nhiệm vụ", "Task not completed", 1);

    private final String label;
    private final String labelEn;
    private final int rank;
}
