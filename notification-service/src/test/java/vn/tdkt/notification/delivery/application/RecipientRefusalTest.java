package vn.tdkt.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** Which replies to {@code RCPT TO} give an e-mail up for good: the mailbox's refusal, not the server's trouble. */
class RecipientRefusalTest {

    /** A send that failed as the SMTP provider reports it: the refused address, and the server's reply chained. */
    static MailSendException refused(String reply) throws Exception {
        SendFailedException perAddress = new SendFailedException(reply);
        SendFailedException failure = new SendFailedException("Invalid Addresses", perAddress, new Address[0],
                new Address[0], new Address[] {new InternetAddress("vanthu@xyz.vn")});
        return new MailSendException(Map.of(new Object(), (MessagingException) failure));
    }

    @Test
    void aMailboxTheServerDoesNotKnowIsRefusedForGood() throws Exception {
        assertThat(RecipientRefusal.of(refused("550 5.1.1 <vanthu@xyz.vn>: Recipient address rejected: User unknown")))
                .hasValueSatisfying(refusal -> assertThat(refusal).hasMessageStartingWith("550 5.1.1"));
        assertThat(RecipientRefusal.of(refused("553 mailbox name not allowed"))).isPresent();
    }

    @Test
    void theServersOwnTroubleIsNotARefusalOfTheRecipient() throws Exception {
        assertThat(RecipientRefusal.of(refused("554 5.7.1 <vanthu@xyz.vn>: Relay access denied"))).isEmpty();
        assertThat(RecipientRefusal.of(refused("550 5.7.1 Client host rejected"))).isEmpty();
        assertThat(RecipientRefusal.of(refused("552 5.2.2 Mailbox full"))).isEmpty();
        assertThat(RecipientRefusal.of(refused("450 4.2.1 Mailbox busy, try later"))).isEmpty();
    }
}
