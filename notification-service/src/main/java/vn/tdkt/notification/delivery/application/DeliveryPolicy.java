package vn.tdkt.notification.delivery.application;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tdkt.notification.delivery.domain.DigestSchedule;
import vn.tdkt.notification.delivery.domain.MergePolicy;
import vn.tdkt.notification.delivery.domain.QuietHours;
import vn.tdkt.notification.delivery.domain.RetrySchedule;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.NoticeKind;

/** The delivery rules of this deployment, from {@link NotificationProperties}, in the province's time zone. */
@Component
public class DeliveryPolicy {

    private final Set<NoticeKind> urgentKinds;
    private final QuietHours quietHours;
    private final Set<Channel> quietChannels;
    private final MergePolicy merge;
    private final DigestSchedule digest;
    private final RetrySchedule retry;
    private final NotificationProperties properties;

    public DeliveryPolicy(NotificationProperties properties, Clock clock) {
        this.properties = properties;
        this.urgentKinds = Set.copyOf(properties.urgentKinds());
        this.quietHours = new QuietHours(properties.quietHours().start(), properties.quietHours().end(),
                clock.getZone());
        this.quietChannels = properties.quietHours().channels();
        Set<NoticeKind> mergeable = new java.util.HashSet<>(properties.merge().kinds());
        mergeable.removeAll(urgentKinds);
        this.merge = new MergePolicy(properties.merge().window(), mergeable);
        this.digest = new DigestSchedule(properties.digest().sendAt(), clock.getZone());
        NotificationProperties.Dispatch dispatch = properties.dispatch();
        this.retry = new RetrySchedule(dispatch.firstRetry(), dispatch.multiplier(), dispatch.maxRetry(),
                dispatch.maxRounds());
    }

    public boolean isUrgent(NoticeKind kind) {
        return kind != null && urgentKinds.contains(kind);
    }

    public boolean isQuiet(Channel channel) {
        return quietChannels.contains(channel);
    }

    public QuietHours quietHours() {
        return quietHours;
    }

    public MergePolicy merge() {
        return merge;
    }

    public DigestSchedule digest() {
        return digest;
    }

    public RetrySchedule retry() {
        return retry;
    }

    public NotificationProperties properties() {
        return properties;
    }
}
