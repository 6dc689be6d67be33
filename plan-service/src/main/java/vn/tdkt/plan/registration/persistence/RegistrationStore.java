package vn.tdkt.plan.registration.persistence;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.plan.registration.domain.Registration;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/** Registrations; a unique index keeps one registration per movement and unit. */
@Repository
public class RegistrationStore extends AggregateStore<Registration, RegistrationDocument> {

    private static final String MOVEMENT = path("movementId");
    private static final String UNIT = path("unitCode");

    public RegistrationStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, RegistrationDocument.class, RegistrationDocument::new,
                Registration::id, "registration.not-found");
        Indexes.ensure(mongo, RegistrationDocument.COLLECTION,
                Indexes.ascending("registration_movement_unit", MOVEMENT, UNIT).unique());
    }

    /** The unit's registration for the movement, if it has one. */
    public Optional<Versioned<Registration>> find(String movementId, String unitCode) {
        return findAllVersioned(Query.query(Criteria.where(MOVEMENT).is(movementId).and(UNIT).is(unitCode)))
                .stream().findFirst();
    }

    /** A page of a movement's registrations by unit code; only those of {@code units} when given. */
    public PageResponse<Registration> ofMovement(String movementId, Collection<String> units, PageQuery page) {
        Query query = Query.query(new FilterCriteria()
                .always(Criteria.where(MOVEMENT).is(movementId))
                .when(units != null, () -> Criteria.where(UNIT).in(units))
                .all());
        long total = count(query);
        return PageResponse.of(findAll(query.with(Sort.by(UNIT)).skip(page.offset()).limit(page.size())), page, total);
    }
}
