package vn.tdkt.plan.registration.domain;

/** A title or form the unit aims for under the movement, and how many proposals it plans. */
public record RegistrationItem(String awardCode, int count) {
}
