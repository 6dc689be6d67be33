package vn.tdkt.plan.registration.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.registration.domain.Registration;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code registrations}: one document per movement and unit (unique), with its pending events. */
@Document(RegistrationDocument.COLLECTION)
public class RegistrationDocument extends AggregateDocument {

    public static final String COLLECTION = "registrations";

    @Id
    private String id;

    private Registration registration;

    protected RegistrationDocument() {
    }

    RegistrationDocument(Registration registration) {
        this.id = registration.id();
        this.registration = registration;
    }

    Registration getRegistration() {
        return registration;
    }
}
