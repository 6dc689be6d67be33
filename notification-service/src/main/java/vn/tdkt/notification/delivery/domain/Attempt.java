package vn.tdkt.notification.delivery.domain;

import java.time.Instant;

/** One line of a delivery's history: a round's outcome, a deferral, a replay. */
public record Attempt(Instant at, String outcome, String detail) {
}
