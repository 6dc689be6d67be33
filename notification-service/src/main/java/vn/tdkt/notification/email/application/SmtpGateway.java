package vn.tdkt.notification.email.application;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.tdkt.notification.email.domain.EmailMessage;

/**
 * The SMTP call, guarded by Resilience4j (instances {@value #BACKEND} under {@code resilience4j.retry} and
 * {@code resilience4j.circuitbreaker}). Retry is the outer aspect: each attempt passes the circuit breaker, so
 * failed attempts open it; once open, calls fail fast ({@link CallNotPermittedException} is not retried). The
 * fallback turns any failure into a {@link SendOutcome#failed} result, so a broken mail server never fails
 * event processing.
 */
@Component
public class SmtpGateway {

    public static final String BACKEND = "smtp";

    private static final Logger log = LoggerFactory.getLogger(SmtpGateway.class);

    private final JavaMailSender mailSender;
    private final EmailProperties properties;

    public SmtpGateway(JavaMailSender mailSender, EmailProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Retry(name = BACKEND, fallbackMethod = "sendFailed")
    @CircuitBreaker(name = BACKEND)
    public SendOutcome send(EmailMessage message, AttemptCounter attempts) {
        attempts.increment();
        mailSender.send(mime -> {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
        });
        return SendOutcome.sent(attempts.value());
    }

    public SendOutcome sendFailed(EmailMessage message, AttemptCounter attempts, Throwable error) {
        if (error instanceof CallNotPermittedException) {
            log.warn("SMTP circuit breaker is open; e-mail to {} not attempted", message.to());
        } else {
            log.warn("E-mail to {} failed after {} attempt(s): {}", message.to(), attempts.value(), error.toString());
        }
        return SendOutcome.failed(attempts.value(), describe(error));
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
