package vn.tdkt.notification.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.Topic;
import vn.tdkt.notification.delivery.application.DeliveryDispatcher;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.persistence.DeliveryStore;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * The notification service's Spring tests: one shared context (the platform's {@link ServiceTest}: test binder,
 * own database, MutableClock) with a real SMTP server (GreenMail) and a real webhook receiver, both started once per
 * JVM. The dispatcher, the digest job and the escalation scan do not run by themselves here: a test moves the clock
 * and runs them, so what happens when is the test's to decide. Tests use fresh unit codes and filter what they read
 * by them.
 */
@TestPropertySource(properties = {
        "tdkt.notification.dispatch.enabled=false",
        "tdkt.notification.digest.enabled=false",
        "tdkt.notification.escalation.enabled=false",
        "tdkt.notification.webhooks.allow-http=true",
        "tdkt.notification.webhooks.allowed-networks=127.0.0.0/8",
        "tdkt.notification.webhooks.disable-after=5",
        "tdkt.notification.dispatch.first-retry=PT10S",
        "tdkt.notification.dispatch.breaker-pause=PT5S",
        "resilience4j.retry.configs.smtp.wait-duration=10ms",
        "resilience4j.retry.configs.webhook.max-attempts=2",
        "resilience4j.retry.configs.webhook.wait-duration=10ms",
        "resilience4j.circuitbreaker.configs.webhook.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.webhook.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.webhook.wait-duration-in-open-state=30s"})
public abstract class NotificationServiceTest extends ServiceTest {

    protected static final GreenMail SMTP = startSmtp();
    /** Where a fixture names the unit it is addressed to: its {@code unitCode}, else its {@code leadUnit}. */
    private static final List<Pattern> FIXTURE_UNIT = List.of(
            Pattern.compile("(\"unitCode\": )\"[^\"]+\""), Pattern.compile("(\"leadUnit\": )\"[^\"]+\""));
    protected static final WebhookReceiver RECEIVER = new WebhookReceiver(() -> Clocks.now());

    @Autowired @Qualifier("planEvents") protected Consumer<Message<byte[]>> planEvents;
    @Autowired @Qualifier("nominationEvents") protected Consumer<Message<byte[]>> nominationEvents;
    @Autowired @Qualifier("reportingEvents") protected Consumer<Message<byte[]>> reportingEvents;
    @Autowired protected DeliveryDispatcher dispatcher;
    @Autowired protected DeliveryStore deliveries;

    @Autowired
    void shareClock(vn.tdkt.platformtest.time.MutableClock clock) {
        Clocks.use(clock);
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop, "greenmail-stop"));
        return smtp;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    /** Delivers an event to the consumer of its topic, as the binder would, and returns its id. */
    protected String deliver(EventType type, String subject, String payloadJson) {
        String id = UUID.randomUUID().toString();
        deliver(EventMessages.of(type, id, subject, 1, payloadJson));
        return id;
    }

    protected void deliver(Message<byte[]> message) {
        String type = String.valueOf(message.getHeaders().get("ce_type"));
        Topic topic = vn.tdkt.contracts.EventTypes.byType(type).orElseThrow().topic();
        switch (topic) {
            case PLAN -> planEvents.accept(message);
            case NOMINATION -> nominationEvents.accept(message);
            case REPORTING -> reportingEvents.accept(message);
            case NOTIFICATION -> throw new IllegalArgumentException("not consumed: " + type);
        }
    }

    /** The golden fixture of a type with {@code "from"} replaced by {@code "to"} (each pair in turn). */
    protected static String fixture(EventType type, String... replacements) {
        String json = ContractSchemas.fixture(type);
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            if (!json.contains(replacements[i])) {
                throw new IllegalArgumentException(type + " fixture has no " + replacements[i]);
            }
            json = json.replace(replacements[i], replacements[i + 1]);
        }
        return json;
    }

    /**
     * Delivers the golden fixture of {@code type} addressed to {@code unit} (see {@link #fixtureFor}), with the other
     * replacements, and returns the event's id.
     */
    protected String deliverTo(String unit, EventType type, String subject, String... replacements) {
        return deliver(type, subject, fixtureFor(type, unit, replacements));
    }

    /**
     * The golden fixture of a type addressed to {@code unit}: the unit it names (its {@code unitCode}, or a task
     * reminder's {@code leadUnit} where it has none) becomes {@code unit} wherever it stands, then the other
     * replacements apply as in {@link #fixture}.
     */
    protected static String fixtureFor(EventType type, String unit, String... replacements) {
        String json = ContractSchemas.fixture(type);
        Matcher named = FIXTURE_UNIT.stream().map(unitField -> unitField.matcher(json)).filter(Matcher::find)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(type + " fixture names no unit"));
        String[] all = new String[replacements.length + 2];
        all[0] = named.group();
        all[1] = named.group(1) + "\"" + unit + "\"";
        System.arraycopy(replacements, 0, all, 2, replacements.length);
        return fixture(type, all);
    }

    /** Runs the dispatcher once and waits until the SMTP server has received {@code total} e-mails in all. */
    protected void dispatchAndAwaitMails(int total) {
        dispatcher.dispatchDue();
        assertThat(SMTP.waitForIncomingEmail(5_000, total)).as("%d e-mails received", total).isTrue();
    }

    /** The unit's desk changes its preferences ({@code PUT /preferences/{unit}/unit}, as its officer): 200. */
    protected ResultActions setUnitPreferences(String unit, String json) throws Exception {
        return mvc.perform(put("/api/v1/preferences/{unit}/unit", unit).with(TestTokens.unitOfficer(unit))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk());
    }

    /** Registers a unit in the directory as plan-service's registry would announce it. */
    protected void registerUnit(String code, String name, String kind, String parent, String email,
            String headEmail) {
        String json = """
                {"unitCode":"%s","name":"%s","nameKey":"%s","kind":"%s","aliases":[],"parentCode":%s,
                 "headName":"Nguyễn Văn An","headTitle":"Giám đốc","headEmail":%s,"email":%s,"webhookUrl":null}
                """.formatted(code, name, name.toLowerCase(), kind, quoted(parent), quoted(headEmail), quoted(email));
        planEvents.accept(EventMessages.of(vn.tdkt.contracts.EventTypes.UNIT_REGISTERED, UUID.randomUUID().toString(),
                code, 1, json));
    }

    protected void registerUnit(String code, String parent) {
        registerUnit(code, "Đơn vị " + code, "DEPARTMENT", parent, Units.email(code), Units.headEmail(code));
    }

    /** A fresh unit (a code no other test uses) registered under the province's people's committee (UBND). */
    protected String registeredUnit(String prefix) {
        String unit = Units.fresh(prefix);
        registerUnit(unit, "UBND");
        return unit;
    }

    /** The delivery of an event on a channel (the first, where a notice has several recipients). */
    protected Delivery delivery(String eventId, Channel channel) {
        return deliveries.ofSourceEvent(eventId).stream().filter(d -> d.channel() == channel).findFirst()
                .orElseThrow(() -> new AssertionError("no " + channel + " delivery of event " + eventId));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    /** E-mails GreenMail received for this address. */
    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equalsIgnoreCase(address)).toList();
    }

    protected static String to(MimeMessage message) {
        try {
            return message.getRecipients(RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String text(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
