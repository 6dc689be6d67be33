package vn.tdkt.notification.directory.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.directory.domain.UnitContact;

/**
 * Collection {@code unit_contacts}: the read model of plan-service's unit registry, one document per unit code,
 * guarded by the unit aggregate's event {@code sequence} (a stale or repeated unit event changes nothing).
 */
@Document(UnitContactDocument.COLLECTION)
class UnitContactDocument {

    static final String COLLECTION = "unit_contacts";
    static final String SEQUENCE = "sequence";
    static final String CONTACT = "contact";

    @Id
    String id;
    UnitContact contact;
    long sequence;
    Instant updatedAt;
}
