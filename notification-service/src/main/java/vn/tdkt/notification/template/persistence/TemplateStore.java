package vn.tdkt.notification.template.persistence;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.notification.template.domain.MessageTemplate;
import vn.tdkt.notification.template.domain.TemplateVersion;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.Indexes;

/** Templates (current revision, version-guarded) and their history. */
@Repository
public class TemplateStore extends AggregateStore<MessageTemplate, TemplateDocument> {

    public TemplateStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, TemplateDocument.class, TemplateDocument::new, MessageTemplate::id,
                "template.not-found");
        Indexes.ensure(mongo, TemplateVersionDocument.COLLECTION,
                Indexes.newestFirst("template_version_id_revision", TemplateVersionDocument.TEMPLATE_ID,
                        TemplateVersionDocument.REVISION));
    }

    /** Inserts a seeded template unless one exists (several instances may seed at once). */
    public boolean insertIfAbsent(MessageTemplate template) {
        try {
            insert(template, List.of());
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    public List<Versioned<MessageTemplate>> all() {
        return findAllVersioned(new Query().with(Sort.by("_id")));
    }

    /** Keeps a revision in the history; writing the same revision again changes nothing. */
    public void keepVersion(TemplateVersion version) {
        TemplateVersionDocument document = new TemplateVersionDocument();
        document.id = version.id();
        document.version = version;
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException alreadyKept) {
            // a retried edit or a concurrent seed: the revision is already in the history
        }
    }

    public List<TemplateVersion> versions(String templateId) {
        return mongo.find(Query.query(Criteria.where(TemplateVersionDocument.TEMPLATE_ID).is(templateId))
                        .with(Sort.by(Sort.Direction.DESC, TemplateVersionDocument.REVISION)),
                TemplateVersionDocument.class).stream().map(document -> document.version).toList();
    }
}
