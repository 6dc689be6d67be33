package vn.tdkt.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.Topic;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.reporting.projection.messaging.IgnoredEventTypes;
import vn.tdkt.reporting.support.ReportingTest;

/**
 * Every event type of the catalogue ({@code EventTypes.all()}) is either projected, by the consumer of its own topic,
 * or deliberately ignored with a reason ({@link IgnoredEventTypes}); never both, never neither. Each projected type's
 * golden fixture really lands in a read model; an ignored type's changes nothing.
 */
class EventCatalogueCoverageTest extends ReportingTest {

    private Map<Topic, Consumer<Message<byte[]>>> consumers() {
        return Map.of(Topic.PLAN, planEvents, Topic.NOMINATION, nominationEvents, Topic.NOTIFICATION,
                notificationEvents);
    }

    private boolean projected(EventType type) {
        return consumers().values().stream().anyMatch(consumer -> ((EventRouter) consumer).handles(type));
    }

    static Stream<EventType> catalogue() {
        return EventTypes.all().stream();
    }

    @Test
    void everyTypeIsProjectedOrDeliberatelyIgnoredAndNeverBoth() {
        for (EventType type : EventTypes.all()) {
            boolean projected = projected(type);
            boolean ignored = IgnoredEventTypes.reasons().containsKey(type);
            assertThat(projected || ignored).as("%s is neither projected nor ignored with a reason", type).isTrue();
            assertThat(projected && ignored).as("%s is both projected and ignored", type).isFalse();
            if (projected) {
                Consumer<Message<byte[]>> own = consumers().get(type.topic());
                assertThat(own).as("%s is projected but its topic %s is not consumed", type, type.topic()).isNotNull();
                assertThat(((EventRouter) own).handles(type)).as("%s is projected by its own topic's consumer", type)
                        .isTrue();
            } else {
                assertThat(IgnoredEventTypes.reasons().get(type)).as("reason for ignoring %s", type).isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void theGoldenFixtureLandsInAReadModelOrChangesNothing(EventType type) {
        // given
        Consumer<Message<byte[]>> consumer = consumers().get(type.topic());
        long before = rows();

        // when
        if (consumer != null) {
            consumer.accept(EventMessages.fixture(type, "fixture-subject", 1));
        }

        // then
        if (projected(type)) {
            assertThat(rows()).as("rows after %s", type).isGreaterThan(before);
        } else {
            assertThat(rows()).as("rows after the ignored %s", type).isEqualTo(before);
        }
    }

    private long rows() {
        long total = 0;
        for (String collection : List.of("task_views", "plan_views", "unit_views", "cluster_views", "movement_views",
                "registration_views", "calendar_overrides", "dossier_views", "council_sessions", "award_views",
                "delivery_views")) {
            total += mongo.count(new Query(), collection);
        }
        return total;
    }
}
