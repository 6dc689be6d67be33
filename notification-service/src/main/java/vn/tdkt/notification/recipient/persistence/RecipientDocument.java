package vn.tdkt.notification.recipient.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.recipient.domain.Recipient;

@Document(RecipientRepository.COLLECTION)
class RecipientDocument {

    @Id
    String unitCode;
    String email;
    String headEmail;
    @Version
    Long version;
    Instant updatedAt;
    String updatedBy;

    Recipient toDomain() {
        return new Recipient(unitCode, email, headEmail, version);
    }
}
