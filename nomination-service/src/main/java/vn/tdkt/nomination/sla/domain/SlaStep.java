package vn.tdkt.nomination.sla.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A notice a clock gives once: close to its deadline, then past it. */
@RequiredArgsConstructor
@Getter
public enum SlaStep {
    DUE("Sắp đến hạn"),
    BREACHED("Quá hạn");

    private final String label;
}
