package vn.tdkt.notification.template.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.template.domain.MessageTemplate;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code templates}: the current revision of each template. */
@Document(TemplateDocument.COLLECTION)
public class TemplateDocument extends AggregateDocument {

    public static final String COLLECTION = "templates";

    @Id
    private String id;

    private MessageTemplate template;

    protected TemplateDocument() {
    }

    public TemplateDocument(MessageTemplate template) {
        this.id = template.id();
        this.template = template;
    }

    public MessageTemplate getTemplate() {
        return template;
    }
}
