package vn.tdkt.nomination.rules.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * What was recognised: a sáng kiến (Luật Điều 3 k4) or an accepted scientific topic, scheme or S&T work.
 */
@RequiredArgsConstructor
@Getter
public enum InnovationKind implements Labelled {
    SANG_KIEN("Sáng kiến", "Innovation (sáng kiến)"),
    DE_TAI_KHCN("Đề tài, đề án, công trình khoa học", "Scientific topic or S&T work");

    private final String label;
    private final String labelEn;
}
