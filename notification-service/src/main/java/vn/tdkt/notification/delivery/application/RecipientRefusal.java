package vn.tdkt.notification.delivery.application;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.mail.MailSendException;

/**
 * A mail server's permanent "no" to a recipient (RFC 5321 §4.2.1: a 5yz reply to {@code RCPT TO} that refuses the
 * mailbox, e.g. 550 5.1.1 user unknown). Retrying cannot help, and the server itself is well, so such a refusal is neither retried nor counted by
 * the SMTP circuit breaker: otherwise two mistyped addresses would hold every e-mail of the province behind an open
 * breaker. A 4yz reply (mailbox busy, try later) is not permanent and is retried as any failure.
 */
public final class RecipientRefusal extends RuntimeException {

    /**
     * A refusal of the mailbox itself: enhanced status 5.1.x (bad address, no such user: RFC 3463 §3.2), or without one
     * 550, 551 or 553. Not 552 (RFC 5321 §4.5.3.1.10 treats it as temporary at RCPT) nor 5.7.x (relay or policy: the
     * server's fault, true of every recipient, which must hold the mail rather than give it up).
     */
    private static final Pattern PERMANENT = Pattern.compile("5\\d\\d[ -]5\\.1\\.\\d+\\b|55[013](?![-\\d])(?! 5\\.)");

    private RecipientRefusal(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The permanent refusal inside a failed send, if that is what it was: the provider names the refused addresses
     * ({@link SendFailedException#getInvalidAddresses()}) and chains one exception per address whose message is the
     * server's reply, e.g. {@code 550 5.1.1 <x@y.vn>: Recipient address rejected: User unknown}.
     */
    static Optional<RecipientRefusal> of(MailSendException failure) {
        for (Exception exception : failure.getMessageExceptions()) {
            boolean addressesRefused = false;
            for (Throwable cause = exception; cause != null; cause = next(cause)) {
                if (cause instanceof SendFailedException sent && sent.getInvalidAddresses() != null
                        && sent.getInvalidAddresses().length > 0) {
                    addressesRefused = true;
                }
                String reply = cause.getMessage() == null ? "" : cause.getMessage().strip();
                if (addressesRefused && PERMANENT.matcher(reply).lookingAt()) {
                    return Optional.of(new RecipientRefusal(reply, failure));
                }
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof SendFailedException sent && sent.getNextException() != null) {
            return sent.getNextException();
        }
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
