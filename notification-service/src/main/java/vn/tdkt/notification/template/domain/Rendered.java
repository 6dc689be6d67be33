package vn.tdkt.notification.template.domain;

/** A rendered notice: the subject (inbox title, e-mail subject) and the plain-text body. */
public record Rendered(String subject, String body, String templateId, int revision) {
}
