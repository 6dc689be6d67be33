package vn.tdkt.notification.recipient.application;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The default recipient directory, {@code tdkt.notification.recipients.<UNIT>.email} (and {@code head-email}),
 * written to the database on start-up for units that have no entry yet.
 */
@ConfigurationProperties("tdkt.notification")
public record RecipientDirectoryProperties(Map<String, Seed> recipients) {

    public RecipientDirectoryProperties {
        recipients = recipients == null ? Map.of() : Map.copyOf(recipients);
    }

    public record Seed(String email, String headEmail) {
    }
}
