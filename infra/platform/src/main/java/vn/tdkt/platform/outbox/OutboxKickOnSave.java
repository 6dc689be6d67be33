package vn.tdkt.platform.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import lombok.RequiredArgsConstructor;

/** Starts a relay round right after an aggregate with pending events is saved, instead of waiting for a poll. */
@RequiredArgsConstructor
public class OutboxKickOnSave extends AbstractMongoEventListener<AggregateDocument<?>> {

    private final OutboxRelay relay;

    @Override
    public void onAfterSave(AfterSaveEvent<AggregateDocument<?>> event) {
        if (!event.getSource().getOutbox().isEmpty()) {
            relay.kick(event.getCollectionName());
        }
    }
}
