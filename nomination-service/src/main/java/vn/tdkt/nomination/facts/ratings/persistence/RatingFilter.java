package vn.tdkt.nomination.facts.ratings.persistence;

import vn.tdkt.nomination.facts.domain.SubjectRef;

/** A ratings list filter; {@code null} parts do not filter. */
public record RatingFilter(String unitCode, Integer year, SubjectRef subject) {
}
