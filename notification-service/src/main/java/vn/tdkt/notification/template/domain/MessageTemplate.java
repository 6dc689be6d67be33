package vn.tdkt.notification.template.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;

/**
 * The Mustache template of one notice kind in one language: a subject (the inbox title and e-mail subject) and a
 * plain-text body. Templates are data: seeded from {@code templates/notices.<lang>.yml}, edited by an administrator;
 * every change is a new revision, and the revisions are kept ({@link TemplateVersion}).
 *
 * <p>A new release's seed replaces a template only while nobody has edited it ({@link #reseed}).
 */
public class MessageTemplate {

    private String id;
    private NoticeKind kind;
    private Language language;
    private String subject;
    private String body;
    private int revision;
    private TemplateSource source;
    private String seedHash;
    private Instant updatedAt;
    private String updatedBy;

    private MessageTemplate() {
    }

    public static MessageTemplate seeded(TemplateId id, String subject, String body, String seedHash, Instant now) {
        MessageTemplate template = new MessageTemplate();
        template.id = id.toString();
        template.kind = id.kind();
        template.language = id.language();
        template.subject = Objects.requireNonNull(subject, "subject");
        template.body = Objects.requireNonNull(body, "body");
        template.revision = 1;
        template.source = TemplateSource.SEED;
        template.seedHash = seedHash;
        template.updatedAt = now;
        template.updatedBy = "seed";
        return template;
    }

    /** An administrator's edit: a new revision. */
    public List<EventPayload> edit(String newSubject, String newBody, String by, Instant now) {
        subject = Objects.requireNonNull(newSubject, "subject");
        body = Objects.requireNonNull(newBody, "body");
        revision++;
        source = TemplateSource.EDIT;
        updatedAt = now;
        updatedBy = by;
        return List.of();
    }

    /** A release's seed that differs from the one this template came from; ignored once an administrator edited it. */
    public List<EventPayload> reseed(String newSubject, String newBody, String newSeedHash, Instant now) {
        if (!needsReseed(newSeedHash)) {
            return List.of();
        }
        subject = newSubject;
        body = newBody;
        seedHash = newSeedHash;
        revision++;
        updatedAt = now;
        updatedBy = "seed";
        return List.of();
    }

    public boolean needsReseed(String newSeedHash) {
        return source == TemplateSource.SEED && !Objects.equals(seedHash, newSeedHash);
    }

    public TemplateVersion version() {
        return new TemplateVersion(id, revision, subject, body, source, updatedAt, updatedBy);
    }

    public String id() { return id; }
    public NoticeKind kind() { return kind; }
    public Language language() { return language; }
    public String subject() { return subject; }
    public String body() { return body; }
    public int revision() { return revision; }
    public TemplateSource source() { return source; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
