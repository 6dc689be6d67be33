package vn.tdkt.notification.template.domain;

import java.time.Instant;

/** One revision of a template, kept for the history. */
public record TemplateVersion(String templateId, int revision, String subject, String body, TemplateSource source,
        Instant updatedAt, String updatedBy) {

    public String id() {
        return templateId + "@" + revision;
    }
}
