package vn.tdkt.platform.consumer;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import lombok.RequiredArgsConstructor;

/**
 * Runs a side effect (an e-mail, an inbox entry) at most once per consumer group and event, however often the
 * event is delivered. If the effect fails the claim is released and the exception propagates, so the binder's
 * retry (and finally the dead-letter topic) takes over.
 */
@RequiredArgsConstructor
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final ProcessedEventStore store;
    private final String group;

    /** @return true if the effect ran now, false if the event had already been processed */
    public boolean runOnce(String eventId, Runnable effect) {
        return runOnce(eventId, () -> {
            effect.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** @return the effect's result, or {@code null} if the event had already been processed */
    public <T> T runOnce(String eventId, Supplier<T> effect) {
        if (!store.claim(group, eventId)) {
            log.debug("Event {} already processed by {}; skipping", eventId, group);
            return null;
        }
        try {
            return effect.get();
        } catch (RuntimeException e) {
            store.release(group, eventId);
            throw e;
        }
    }

    public String group() {
        return group;
    }
}
