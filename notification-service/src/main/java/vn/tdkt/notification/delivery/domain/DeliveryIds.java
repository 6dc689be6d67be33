package vn.tdkt.notification.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import vn.tdkt.notification.notice.domain.Channel;

/**
 * Deterministic delivery ids: the same (source event, recipient, channel) always gives the same id, so recording a
 * delivery twice (a redelivered event, a second instance, a retry after a crash) hits the same {@code _id} and
 * changes nothing. The id is also the e-mail's {@code Message-ID} and the webhook's {@code webhook-id}, so a re-send
 * after a crash is recognisably the same message.
 */
public final class DeliveryIds {

    private DeliveryIds() {
    }

    public static String of(String sourceEventId, String recipientKey, Channel channel) {
        return UUID.nameUUIDFromBytes((sourceEventId + "|" + recipientKey + "|" + channel.name())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
