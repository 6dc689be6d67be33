package vn.tdkt.nomination.facts.ratings.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.facts.ratings.domain.Rating;

/**
 * Collection {@code ratings}: the ratings register, one document per subject and year ({@code _id} =
 * {@link Rating#key()}), written by natural upserts.
 */
@Document(RatingDocument.COLLECTION)
public class RatingDocument {

    public static final String COLLECTION = "ratings";
    public static final String SUBJECT = "rating.subject";
    public static final String UNIT = "rating.subject.unitCode";
    public static final String YEAR = "rating.year";

    @Id
    private String id;

    private Rating rating;

    protected RatingDocument() {
    }

    public RatingDocument(Rating rating) {
        this.id = rating.key();
        this.rating = rating;
    }

    public String getId() {
        return id;
    }

    public Rating getRating() {
        return rating;
    }
}
