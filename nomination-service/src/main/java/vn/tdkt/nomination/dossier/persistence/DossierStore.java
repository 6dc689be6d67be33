package vn.tdkt.nomination.dossier.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.contracts.nomination.DossierEvent;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

/** Dossier aggregates: every write one atomic, version-guarded save with its events; the queries the features need. */
@Repository
public class DossierStore extends AggregateStore<Dossier, DossierDocument> {

    /** States in which a dossier is a live proposal: it counts against quotas and blocks duplicates. */
    public static final List<String> PROPOSED = List.of(DossierStatus.SUBMITTED.name(),
            DossierStatus.UNDER_APPRAISAL.name(), DossierStatus.RETURNED.name(),
            DossierStatus.APPRAISED_ELIGIBLE.name(), DossierStatus.APPRAISED_NOT_ELIGIBLE.name());

    public DossierStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, DossierDocument.class, DossierDocument::new, Dossier::id,
                "dossier.not-found");
        Indexes.ensure(mongo, DossierDocument.COLLECTION,
                Indexes.ascending("dossier_unit_status", DossierDocument.UNIT, DossierDocument.STATUS),
                Indexes.ascending("dossier_achievement", DossierDocument.ACHIEVEMENT_ID),
                Indexes.ascending("dossier_innovations", DossierDocument.INNOVATIONS),
                Indexes.ascending("dossier_national_id", DossierDocument.NATIONAL_ID),
                Indexes.ascending("dossier_person", DossierDocument.NAME_KEY, DossierDocument.BIRTH),
                Indexes.ascending("dossier_movement_unit", DossierDocument.MOVEMENT, DossierDocument.UNIT),
                Indexes.ascending("dossier_next_sla_check", DossierDocument.NEXT_SLA_CHECK),
                Indexes.ascending("dossier_batch", DossierDocument.BATCH),
                Indexes.ascending("dossier_import", DossierDocument.IMPORT),
                Indexes.ascending("dossier_year_status", DossierDocument.YEAR, DossierDocument.STATUS));
    }

    /** A page of dossiers matching the filter, newest first (ids are UUIDv7, so they sort by creation). */
    public List<Versioned<Dossier>> page(DossierFilter filter, PageQuery page) {
        Query query = Query.query(criteria(filter)).with(Sort.by(Sort.Direction.DESC, "_id"))
                .skip(page.offset()).limit(page.size());
        return findAllVersioned(query);
    }

    public long count(DossierFilter filter) {
        return count(Query.query(criteria(filter)));
    }

    /** The dossiers with these ids (those that exist). */
    public List<Dossier> byIds(Collection<String> ids) {
        return findAll(Query.query(where("_id").in(ids)));
    }

    /** States of a proposal still open: not yet concluded against. */
    public static final List<String> OPEN = List.of(DossierStatus.SUBMITTED.name(),
            DossierStatus.UNDER_APPRAISAL.name(), DossierStatus.RETURNED.name(),
            DossierStatus.APPRAISED_ELIGIBLE.name());

    /** Open proposals of a year (see {@link #OPEN}), through the year and status. */
    public List<Dossier> open(int year) {
        return findAll(Query.query(where(DossierDocument.YEAR).is(year).and(DossierDocument.STATUS).in(OPEN)));
    }

    /** Every dossier of a batch (a tờ trình covers at most a few thousand), oldest first. */
    public List<Versioned<Dossier>> inBatch(String batchId) {
        return findAllVersioned(Query.query(where(DossierDocument.BATCH).is(batchId))
                .with(Sort.by(Sort.Direction.ASC, "_id")));
    }

    /** Live proposals resting on the same achievement id (R-GEN-01), other than {@code exceptId}. */
    public List<Dossier> proposedWithAchievement(String achievementId, String exceptId) {
        return findAll(proposed(exceptId).addCriteria(where(DossierDocument.ACHIEVEMENT_ID).is(achievementId)));
    }

    /** Live proposals citing any of these innovations (R-GEN-02), other than {@code exceptId}. */
    public List<Dossier> proposedWithInnovations(Collection<String> innovationIds, String exceptId) {
        return findAll(proposed(exceptId).addCriteria(where(DossierDocument.INNOVATIONS).in(innovationIds)));
    }

    /** Live proposals for the same person (by national ID) and award and year. */
    public List<Dossier> proposedForNationalId(String nationalId, String awardCode, int year, String exceptId) {
        return findAll(proposed(exceptId).addCriteria(where(DossierDocument.NATIONAL_ID).is(nationalId)
                .and(DossierDocument.AWARD).is(awardCode).and(DossierDocument.YEAR).is(year)));
    }

    /** Live proposals for the same person (folded name, date of birth, unit) and award and year. */
    public List<Dossier> proposedForPerson(String nameKey, LocalDate dateOfBirth, String unitCode, String awardCode,
            int year, String exceptId) {
        return findAll(proposed(exceptId).addCriteria(where(DossierDocument.NAME_KEY).is(nameKey)
                .and(DossierDocument.BIRTH).is(dateOfBirth).and(DossierDocument.SUBJECT_UNIT).is(unitCode)
                .and(DossierDocument.AWARD).is(awardCode).and(DossierDocument.YEAR).is(year)));
    }

    /** How many live proposals of {@code awardCode} a unit made under a movement (R-DL-03), other than one. */
    public long proposedUnderMovement(String movementId, String unitCode, String awardCode, String exceptId) {
        return count(proposed(exceptId).addCriteria(where(DossierDocument.MOVEMENT).is(movementId)
                .and(DossierDocument.UNIT).is(unitCode).and(DossierDocument.AWARD).is(awardCode)));
    }

    /** Dossiers whose next SLA notice may be due on or before {@code day}, through the nextSlaCheck index. */
    public List<Versioned<Dossier>> slaCandidates(LocalDate day) {
        return findAllVersioned(Query.query(where(DossierDocument.NEXT_SLA_CHECK).lte(day)));
    }

    /**
     * A new dossier as the document an import will insert later: mapped once, at version 0 like any inserted
     * aggregate. Drafts carry no events, so nothing is lost by writing them without the save callbacks.
     */
    public org.bson.Document prepare(Created<Dossier, DossierEvent> created) {
        if (!created.events().isEmpty()) {
            throw new IllegalArgumentException("a prepared dossier carries no events");
        }
        DossierDocument document = wrap(created.aggregate());
        document.setVersion(0L);
        org.bson.Document bson = new org.bson.Document();
        mongo.getConverter().write(document, bson);
        return bson;
    }

    /** Inserts prepared dossiers (see {@link #prepare}) in one bulk {@code insertMany}. */
    public void insertPrepared(List<org.bson.Document> prepared) {
        mongo.getCollection(DossierDocument.COLLECTION).insertMany(prepared);
    }

    /** Deletes the dossiers of an import that was never confirmed (cleanup after a crash or a discard). */
    public long deleteImported(String importId) {
        return mongo.remove(Query.query(where(DossierDocument.IMPORT).is(importId)), DossierDocument.class)
                .getDeletedCount();
    }

    private static Query proposed(String exceptId) {
        return Query.query(new FilterCriteria()
                .always(where(DossierDocument.STATUS).in(PROPOSED))
                .when(exceptId != null, () -> where("_id").ne(exceptId))
                .all());
    }

    private static Criteria criteria(DossierFilter filter) {
        return new FilterCriteria()
                .equal(DossierDocument.UNIT, filter.unitCode())
                .equal(DossierDocument.STATUS, filter.status())
                .equal(DossierDocument.YEAR, filter.year())
                .equal(DossierDocument.BATCH, filter.batchId())
                .equal(DossierDocument.ASSIGNEE, filter.assignee())
                .when(!filter.hiddenImports().isEmpty(),
                        () -> where(DossierDocument.IMPORT).nin(filter.hiddenImports()))
                .all();
    }
}
