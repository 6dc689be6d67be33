package vn.tdkt.notification.delivery.application;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.template.application.TemplateRenderer;

/**
 * Sends one e-mail delivery over SMTP through Resilience4j (retry around the circuit breaker, so every attempt is
 * counted by the breaker; an open breaker makes no call at all). The {@code Message-ID} is the delivery's id, so a
 * re-send after a crash between the send and its record is recognisably the same message to the recipient's mail
 * system (Spring keeps an explicitly set Message-ID).
 */
@Component
public class EmailGateway {

    private final JavaMailSender mailSender;
    private final Breakers breakers;
    private final TemplateRenderer renderer;
    private final NotificationProperties.Email settings;

    public EmailGateway(JavaMailSender mailSender, Breakers breakers, TemplateRenderer renderer,
            NotificationProperties properties) {
        this.mailSender = mailSender;
        this.breakers = breakers;
        this.renderer = renderer;
        this.settings = properties.email();
    }

    public SendOutcome send(Delivery delivery) {
        MimeMessage message;
        try {
            message = message(delivery);
        } catch (IllegalArgumentException unbuildable) {
            // an address or text no message can carry: nothing to retry, and no fault of the mail server's
            return SendOutcome.refused(0, describe(unbuildable));
        }
        CircuitBreaker breaker = breakers.smtp();
        Retry retry = breakers.retry(Breakers.SMTP);
        AtomicInteger calls = new AtomicInteger();
        Supplier<Void> call = () -> {
            calls.incrementAndGet();
            try {
                mailSender.send(message);
            } catch (MailSendException failure) {
                throw RecipientRefusal.of(failure).map(RuntimeException.class::cast).orElse(failure);
            }
            return null;
        };
        try {
            Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
            return SendOutcome.sent(calls.get());
        } catch (CallNotPermittedException open) {
            return calls.get() == 0 ? SendOutcome.notPermitted() : SendOutcome.failed(calls.get(), describe(open));
        } catch (RecipientRefusal refused) {
            return SendOutcome.refused(calls.get(), describe(refused));
        } catch (RuntimeException failure) {
            return SendOutcome.failed(calls.get(), describe(failure));
        }
    }

    /** The Message-ID of a delivery: {@code <delivery id@tdkt.sonla.gov.vn>}. */
    public String messageId(Delivery delivery) {
        return "<" + delivery.id() + "@" + settings.messageIdDomain() + ">";
    }

    private MimeMessage message(Delivery delivery) {
        MimeMessage mime = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(delivery.address());
            helper.setSubject(delivery.subject());
            Language language = delivery.language() == null ? Language.VI : delivery.language();
            helper.setText(delivery.body() + "\n" + renderer.footer(language), false);
            mime.setHeader("Message-ID", messageId(delivery));
            mime.setHeader("X-TDKT-Delivery", delivery.id());
            mime.setHeader("Content-Language", language.tag());
            return mime;
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Cannot build the e-mail of delivery " + delivery.id(), e);
        }
    }

    static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
