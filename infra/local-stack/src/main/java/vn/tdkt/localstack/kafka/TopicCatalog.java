package vn.tdkt.localstack.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;

/**
 * Every topic of the platform, as data: one event topic per owning service (6 partitions, key = aggregate id) and one
 * dead-letter topic {@code <topic>.<consumer-group>.dlq} for every topic × consumer group. The broker runs with
 * {@code auto.create.topics.enable=false}, so a topic missing here is a topic no service can use.
 */
public final class TopicCatalog {

    public static final List<String> EVENT_TOPICS = List.of(
            "tdkt.plan.events",
            "tdkt.nomination.events",
            "tdkt.reporting.events",
            "tdkt.notification.events");

    /** Consumer group = spring.application.name of each service. */
    public static final List<String> CONSUMER_GROUPS = List.of(
            "plan-service",
            "nomination-service",
            "reporting-service",
            "notification-service");

    /**
     * Consumer groups that are not a service's name: reporting-service follows plan tasks for its report duties in a
     * group of its own, so that its projections and its duties each see every plan event.
     */
    public static final List<String[]> EXTRA_GROUPS = List.<String[]>of(
            new String[] {"tdkt.plan.events", "reporting-service-reports"});

    /**
     * Partitions per event topic: the upper bound of instances of one consuming service that all get work (README,
     * "Several instances per service"). Six, as in the production manifests ({@code infra/deploy}): with the platform's
     * three consumer threads per instance, two instances keep every thread busy and up to six instances each hold
     * partitions ({@code ./run --instances=3} gives each instance two partitions of every topic).
     */
    public static final int EVENT_TOPIC_PARTITIONS = 6;

    /** A dead-letter topic only needs to keep the failed records; ordering across partitions does not matter. */
    public static final int DLQ_PARTITIONS = 1;

    private TopicCatalog() {
    }

    public static String dlqTopic(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlq";
    }

    public static List<String> dlqTopics() {
        List<String> names = new ArrayList<>();
        for (String topic : EVENT_TOPICS) {
            for (String group : CONSUMER_GROUPS) {
                names.add(dlqTopic(topic, group));
            }
        }
        EXTRA_GROUPS.forEach(pair -> names.add(dlqTopic(pair[0], pair[1])));
        return List.copyOf(names);
    }

    /**
     * All topics with their partition counts. The replication factor is left to the broker's default (1 on the local
     * broker), so that the same list can be created on an external cluster.
     */
    public static List<NewTopic> newTopics() {
        List<NewTopic> topics = new ArrayList<>();
        EVENT_TOPICS.forEach(name -> topics.add(new NewTopic(name, Optional.of(EVENT_TOPIC_PARTITIONS), Optional.empty())));
        dlqTopics().forEach(name -> topics.add(new NewTopic(name, Optional.of(DLQ_PARTITIONS), Optional.empty())));
        return List.copyOf(topics);
    }
}
