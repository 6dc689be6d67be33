package vn.tdkt.nomination.facts.ratings.persistence;

import com.mongodb.bulk.BulkWriteResult;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.persistence.SubjectCriteria;
import vn.tdkt.nomination.facts.ratings.domain.Rating;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

/** The ratings register: natural upserts by subject and year, reads by subject or by unit and year. */
@Repository
public class RatingStore {

    private final MongoTemplate mongo;

    public RatingStore(MongoTemplate mongo) {
        this.mongo = mongo;
        SubjectCriteria.createIndexes(mongo, RatingDocument.COLLECTION,
                RatingDocument.SUBJECT, RatingDocument.UNIT, "rating");
        Indexes.ensure(mongo, RatingDocument.COLLECTION,
                Indexes.ascending("rating_unit_year", RatingDocument.UNIT, RatingDocument.YEAR));
    }

    /** How many of a batch were new and how many replaced an earlier rating of the same subject and year. */
    public record Written(int created, int updated) {
    }

    /**
     * Upserts every rating in one ordered bulk write. A person's rating now carrying a national ID replaces the same
     * person's rating kept under name, birth date and unit only.
     */
    public Written saveAll(List<Rating> ratings) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, RatingDocument.class);
        for (Rating rating : ratings) {
            SubjectKey s = rating.subject();
            if (s.kind() == SubjectKey.Kind.PERSON && s.nationalId() != null && s.nameKey() != null
                    && s.birthDate() != null) {
                bulk.remove(Query.query(Criteria.where(RatingDocument.SUBJECT + ".nameKey").is(s.nameKey())
                        .and(RatingDocument.SUBJECT + ".birthDate").is(s.birthDate())
                        .and(RatingDocument.UNIT).is(s.unitCode())
                        .and(RatingDocument.SUBJECT + ".nationalId").is(null)
                        .and(RatingDocument.YEAR).is(rating.year())));
            }
            RatingDocument document = new RatingDocument(rating);
            bulk.replaceOne(Query.query(Criteria.where("_id").is(document.getId())), document,
                    FindAndReplaceOptions.options().upsert());
        }
        BulkWriteResult result = bulk.execute();
        int created = result.getUpserts().size();
        return new Written(created, ratings.size() - created);
    }

    public List<Rating> forSubject(SubjectRef subject) {
        return mongo.find(Query.query(SubjectCriteria.matching(subject, RatingDocument.SUBJECT))
                .with(Sort.by(RatingDocument.YEAR)), RatingDocument.class).stream().map(RatingDocument::getRating)
                .toList();
    }

    public List<Rating> page(RatingFilter filter, PageQuery page) {
        Query query = Query.query(criteria(filter)).with(Sort.by(RatingDocument.UNIT, RatingDocument.YEAR, "_id"))
                .skip(page.offset()).limit(page.size());
        return mongo.find(query, RatingDocument.class).stream().map(RatingDocument::getRating).toList();
    }

    public long count(RatingFilter filter) {
        return mongo.count(Query.query(criteria(filter)), RatingDocument.class);
    }

    private static Criteria criteria(RatingFilter filter) {
        return SubjectCriteria.subjectAndUnit(filter.subject(), RatingDocument.SUBJECT, filter.unitCode(),
                        RatingDocument.UNIT)
                .equal(RatingDocument.YEAR, filter.year())
                .all();
    }
}
