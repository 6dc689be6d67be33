package vn.tdkt.nomination.facts.ratings.domain;

import java.time.Instant;
import java.util.Objects;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.rules.domain.Grade;

/**
 * One annual evaluation (xếp loại) in the ratings register: a person's official staff rating or a collective's
 * assessed task completion (DOMAIN §2.1), imported, never derived.
 *
 * @param source where it came from (an import, its row)
 */
public record Rating(SubjectKey subject, int year, Grade grade, Source source) {

    public Rating {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(grade, "grade");
    }

    /** The import a rating came from. */
    public record Source(String importId, int row, String fileName, String importedBy, Instant importedAt) {
    }

    /** The register's key: one rating per subject and year. */
    public String key() {
        return subject.naturalKey() + "#" + year;
    }
}
