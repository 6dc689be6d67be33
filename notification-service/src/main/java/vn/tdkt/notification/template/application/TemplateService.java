package vn.tdkt.notification.template.application;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.template.domain.MessageTemplate;
import vn.tdkt.notification.template.domain.Rendered;
import vn.tdkt.notification.template.domain.TemplateId;
import vn.tdkt.notification.template.domain.TemplateVersion;
import vn.tdkt.notification.template.persistence.TemplateStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import lombok.RequiredArgsConstructor;

/**
 * Templates as data: Sở Nội vụ officers and administrators read and preview them; administrators edit them. An edit
 * is checked by rendering the sample event of its kind before it is saved, and becomes a new revision (the old ones
 * stay in the history).
 */
@Service
@RequiredArgsConstructor
public class TemplateService {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 20_000;

    private final TemplateStore store;
    private final TemplateRenderer renderer;
    private final SampleModels samples;
    private final Clock clock;

    public List<Versioned<MessageTemplate>> list(TdktPrincipal caller) {
        requireReader(caller);
        return store.all();
    }

    public Versioned<MessageTemplate> get(TdktPrincipal caller, String id) {
        requireReader(caller);
        return store.get(known(id).toString());
    }

    public List<TemplateVersion> versions(TdktPrincipal caller, String id) {
        requireReader(caller);
        return store.versions(store.get(known(id).toString()).value().id());
    }

    public Versioned<MessageTemplate> edit(TdktPrincipal caller, String id, VersionPrecondition expected,
            String subject, String body) {
        caller.requireAnyRole(TdktRole.ADMIN);
        TemplateId templateId = known(id);
        requireText(subject, body);
        renderer.renderDraft(templateId.toString(), subject, body, samples.of(templateId.kind()));
        Versioned<MessageTemplate> saved = store.update(templateId.toString(), expected,
                template -> template.edit(subject, body, caller.subject(), clock.instant()));
        store.keepVersion(saved.value().version());
        return saved;
    }

    /** Renders the kind's sample event with the stored template, or with the draft subject and body when given. */
    public Rendered preview(TdktPrincipal caller, String id, String draftSubject, String draftBody) {
        requireReader(caller);
        TemplateId templateId = known(id);
        MessageTemplate stored = store.get(templateId.toString()).value();
        String subject = draftSubject == null ? stored.subject() : draftSubject;
        String body = draftBody == null ? stored.body() : draftBody;
        requireText(subject, body);
        return renderer.renderDraft(templateId.toString(), subject, body, samples.of(templateId.kind()));
    }

    private static TemplateId known(String id) {
        TemplateId parsed = TemplateId.parse(id);
        if (parsed == null) {
            throw DomainException.notFound("template.not-found", id);
        }
        return parsed;
    }

    private static void requireText(String subject, String body) {
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw DomainException.invalid("template.subject-invalid", MAX_SUBJECT);
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw DomainException.invalid("template.body-invalid", MAX_BODY);
        }
    }

    private static void requireReader(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }
}
