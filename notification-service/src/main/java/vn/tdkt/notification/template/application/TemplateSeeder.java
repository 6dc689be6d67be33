package vn.tdkt.notification.template.application;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.tdkt.notification.template.domain.MessageTemplate;
import vn.tdkt.notification.template.persistence.TemplateStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;

/**
 * Writes the release's seed templates into the database at start-up: a missing template is inserted as revision 1;
 * a template nobody has edited is replaced when the release's seed changed. Safe with several instances starting
 * at once (insert-if-absent; version-guarded replace).
 */
@Component
class TemplateSeeder {

    private static final Logger log = LoggerFactory.getLogger(TemplateSeeder.class);

    TemplateSeeder(TemplateCatalog catalog, TemplateStore store, Clock clock) {
        int inserted = 0;
        int reseeded = 0;
        for (TemplateCatalog.Seed seed : catalog.seeds().values()) {
            MessageTemplate fresh = MessageTemplate.seeded(seed.id(), seed.subject(), seed.body(), seed.hash(),
                    clock.instant());
            if (store.insertIfAbsent(fresh)) {
                store.keepVersion(fresh.version());
                inserted++;
                continue;
            }
            Versioned<MessageTemplate> current = store.get(seed.id().toString());
            if (current.value().needsReseed(seed.hash())) {
                try {
                    Versioned<MessageTemplate> updated = store.update(seed.id().toString(),
                            version -> {
                                if (version != current.version()) {
                                    throw new DomainException(DomainException.Kind.PRECONDITION_FAILED,
                                            "etag.mismatch");
                                }
                            },
                            template -> template.reseed(seed.subject(), seed.body(), seed.hash(), clock.instant()));
                    store.keepVersion(updated.value().version());
                    reseeded++;
                } catch (OptimisticLockingFailureException | DomainException raced) {
                    log.debug("Template {} was changed meanwhile; its seed is not applied", seed.id());
                }
            }
        }
        if (inserted + reseeded > 0) {
            log.info("Templates: {} seeded, {} replaced by this release's seed", inserted, reseeded);
        }
    }
}
