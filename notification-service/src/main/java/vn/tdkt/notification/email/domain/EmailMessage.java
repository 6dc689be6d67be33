package vn.tdkt.notification.email.domain;

import java.util.Objects;

/** A plain-text e-mail ready for SMTP. */
public record EmailMessage(String to, String subject, String body) {

    public EmailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
