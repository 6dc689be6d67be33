package vn.tdkt.notification.inbox.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.inbox.domain.InboxEntry;

/** Collection {@code inbox}: one document per entry, listed per unit newest first. */
@Document(InboxEntryDocument.COLLECTION)
class InboxEntryDocument {

    static final String COLLECTION = "inbox";
    static final String UNIT = "entry.unitCode";
    static final String CREATED = "entry.createdAt";
    static final String READ = "entry.readAt";

    @Id
    String id;
    InboxEntry entry;
}
