package vn.tdkt.plan.registration.persistence;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.tdkt.plan.registration.domain.Registration;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/** Registrations; a unique index keeps one registration per movement and unit. */
@Component
public class RegistrationStore extends AggregateStore<Registration, RegistrationDocument> {

    private static final String MOVEMENT = "registration.movementId";
    private static final String UNIT = "registration.unitCode";

    public RegistrationStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, RegistrationDocument.class, RegistrationDocument::new,
                RegistrationDocument::getRegistration, "registration.not-found");
        mongo.indexOps(RegistrationDocument.COLLECTION).createIndex(new Index().on(MOVEMENT, Sort.Direction.ASC)
                .on(UNIT, Sort.Direction.ASC).unique().named("registration_movement_unit"));
    }

    /** The unit's registration for the movement, if it has one. */
    public Optional<Versioned<Registration>> find(String movementId, String unitCode) {
        return findAllVersioned(Query.query(Criteria.where(MOVEMENT).is(movementId).and(UNIT).is(unitCode)))
                .stream().findFirst();
    }

    /** A page of a movement's registrations by unit code; only those of {@code units} when given. */
    public PageResponse<Registration> ofMovement(String movementId, Collection<String> units, PageQuery page) {
        Criteria criteria = Criteria.where(MOVEMENT).is(movementId);
        if (units != null) {
            criteria = criteria.and(UNIT).in(units);
        }
        Query query = Query.query(criteria);
        long total = count(query);
        return PageResponse.of(findAll(query.with(Sort.by(UNIT)).skip(page.offset()).limit(page.size())), page, total);
    }
}
