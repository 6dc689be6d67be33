package vn.tdkt.nomination.rules.application;

import java.time.LocalDate;

/** Which rule set judged: its id (e.g. {@code nd152-2025}), its data version and the day it took effect. */
public record RuleSetRef(String id, String version, LocalDate effectiveFrom) {
}
