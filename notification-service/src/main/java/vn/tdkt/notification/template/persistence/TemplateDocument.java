package vn.tdkt.notification.template.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.template.domain.MessageTemplate;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code templates}: the current revision of each template. */
@Document(TemplateDocument.COLLECTION)
public class TemplateDocument extends AggregateDocument<MessageTemplate> {

    public static final String COLLECTION = "templates";
}
