package vn.tdkt.plan.registration.domain;

import java.time.Instant;

/** Why a submission was returned (kept for every return, so the history is visible). */
public record ReturnNote(int submission, String reason, Instant at, String by) {
}
