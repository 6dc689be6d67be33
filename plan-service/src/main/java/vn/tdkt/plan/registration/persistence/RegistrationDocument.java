package vn.tdkt.plan.registration.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.registration.domain.Registration;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code registrations}: one document per movement and unit (unique), with its pending events. */
@Document(RegistrationDocument.COLLECTION)
public class RegistrationDocument extends AggregateDocument<Registration> {

    public static final String COLLECTION = "registrations";
}
