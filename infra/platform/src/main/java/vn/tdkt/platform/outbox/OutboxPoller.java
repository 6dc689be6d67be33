package vn.tdkt.platform.outbox;

import org.springframework.scheduling.annotation.Scheduled;
import lombok.RequiredArgsConstructor;

/**
 * Safety net behind the kick-after-save: picks up events left pending by a crash, a failed round or another
 * instance, and refreshes the backlog metrics.
 */
@RequiredArgsConstructor
public class OutboxPoller {

    private final OutboxRelay relay;

    @Scheduled(fixedDelayString = "${tdkt.outbox.poll-interval:PT1S}")
    public void poll() {
        relay.kick();
        relay.updateBacklogMetrics();
    }
}
