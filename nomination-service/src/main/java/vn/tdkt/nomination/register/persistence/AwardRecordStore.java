package vn.tdkt.nomination.register.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.contracts.nomination.AwardEvent;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

/**
 * The award register: one aggregate per award. Searches go through indexes on the subject's keys (national ID,
 * folded name, unit), the award, the year and the decision; a dossier gives at most one award (unique).
 */
@Repository
public class AwardRecordStore extends AggregateStore<AwardRecord, AwardRecordDocument> {

    public AwardRecordStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, AwardRecordDocument.class, AwardRecordDocument::new, AwardRecord::id,
                "register.award-not-found");
        Indexes.ensure(mongo, AwardRecordDocument.COLLECTION,
                Indexes.ascending("award_national_id", AwardRecordDocument.NATIONAL_ID),
                Indexes.ascending("award_person", AwardRecordDocument.NAME_KEY, AwardRecordDocument.BIRTH),
                Indexes.ascending("award_unit_year", AwardRecordDocument.UNIT, AwardRecordDocument.YEAR),
                Indexes.ascending("award_code_year", AwardRecordDocument.AWARD, AwardRecordDocument.YEAR),
                Indexes.ascending("award_decision_date", AwardRecordDocument.DECISION_DATE),
                Indexes.ascending("award_decision", AwardRecordDocument.DECISION_ID));
        // sparse, not partial: the MongoDB-wire test server ignores partial filters of unique indexes; both skip
        // imported awards, which have no dossier
        Indexes.ensure(mongo, AwardRecordDocument.COLLECTION,
                Indexes.ascending("award_dossier_unique", AwardRecordDocument.DOSSIER).unique().sparse());
    }

    /**
     * Inserts an award unless its id is recorded already (a retried decision): the stored one is returned then, and
     * nothing is published twice.
     */
    public Versioned<AwardRecord> insertIfAbsent(Created<AwardRecord, AwardEvent> created) {
        Optional<Versioned<AwardRecord>> existing = find(created.aggregate().id());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return insert(created);
        } catch (DuplicateKeyException e) {
            return find(created.aggregate().id()).orElseThrow(() -> e);
        }
    }

    /** Inserts an imported award; {@code false} when its id is recorded already (the same row imported again). */
    public boolean insertImported(AwardRecord award) {
        if (find(award.id()).isPresent()) {
            return false;
        }
        try {
            insert(award, List.of());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** A page of awards matching the filter, latest decision first. */
    public List<AwardRecord> page(RegisterFilter filter, PageQuery page) {
        Query query = Query.query(criteria(filter))
                .with(Sort.by(Sort.Direction.DESC, AwardRecordDocument.DECISION_DATE).and(Sort.by("_id")))
                .skip(page.offset()).limit(page.size());
        return findAll(query);
    }

    public long count(RegisterFilter filter) {
        return count(Query.query(criteria(filter)));
    }

    /**
     * Every award of the subject: a person by national ID, or by folded name, birth date and unit where either side
     * has no national ID (two different IDs never match); a collective by its unit code.
     */
    public List<AwardRecord> ofSubject(SubjectRef ref) {
        if (ref instanceof SubjectRef.Collective c) {
            return findAll(Query.query(where(AwardRecordDocument.SUBJECT_TYPE).is(SubjectType.COLLECTIVE.name())
                    .and(AwardRecordDocument.UNIT).is(c.unitCode())));
        }
        SubjectRef.Person person = (SubjectRef.Person) ref;
        List<Criteria> alternatives = new ArrayList<>();
        if (person.nationalId() != null) {
            alternatives.add(where(AwardRecordDocument.NATIONAL_ID).is(person.nationalId()));
        }
        if (person.hasNameKey()) {
            Criteria byName = where(AwardRecordDocument.SUBJECT_TYPE).is(SubjectType.INDIVIDUAL.name())
                    .and(AwardRecordDocument.NAME_KEY).is(person.nameKey())
                    .and(AwardRecordDocument.BIRTH).is(person.birthDate())
                    .and(AwardRecordDocument.UNIT).is(person.unitCode());
            if (person.nationalId() != null) {
                byName = byName.and(AwardRecordDocument.NATIONAL_ID).is(null);
            }
            alternatives.add(byName);
        }
        Criteria criteria = alternatives.size() == 1 ? alternatives.get(0)
                : new Criteria().orOperator(alternatives.toArray(Criteria[]::new));
        return findAll(Query.query(criteria));
    }

    /** The award decided from a dossier, if any. */
    public Optional<AwardRecord> byDossier(String dossierId) {
        return findAll(Query.query(where(AwardRecordDocument.DOSSIER).is(dossierId))).stream().findFirst();
    }

    /** The awards decided from any of these dossiers. */
    public List<AwardRecord> byDossiers(Collection<String> dossierIds) {
        return findAll(Query.query(where(AwardRecordDocument.DOSSIER).in(dossierIds)));
    }

    /** The awards of one decision of this system. */
    public List<AwardRecord> ofDecision(String decisionId) {
        return findAll(Query.query(where(AwardRecordDocument.DECISION_ID).is(decisionId))
                .with(Sort.by("_id")));
    }

    /** Awards whose decision is dated within [from, to], both included (the fund forecast of a year). */
    public List<AwardRecord> decidedBetween(LocalDate from, LocalDate to) {
        return findAll(Query.query(where(AwardRecordDocument.DECISION_DATE).gte(from).lte(to)));
    }

    private static Criteria criteria(RegisterFilter filter) {
        return new FilterCriteria()
                .equal(AwardRecordDocument.UNIT, filter.unitCode())
                .when(filter.nameKey() != null,
                        () -> where(AwardRecordDocument.NAME_KEY).regex(Pattern.quote(filter.nameKey())))
                .equal(AwardRecordDocument.NATIONAL_ID, filter.nationalId())
                .equal(AwardRecordDocument.SUBJECT_TYPE, filter.subjectType())
                .equal(AwardRecordDocument.AWARD, filter.awardCode())
                .equal(AwardRecordDocument.YEAR, filter.year())
                .equal(AwardRecordDocument.STATUS, filter.status())
                .all();
    }
}
