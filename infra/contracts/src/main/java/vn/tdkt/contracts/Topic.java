package vn.tdkt.contracts;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** One topic per owning service (README, "Architecture"). The Kafka key is always the aggregate id. */
@RequiredArgsConstructor
@Getter
public enum Topic {
    PLAN("plan", "tdkt.plan.events"),
    NOMINATION("nomination", "tdkt.nomination.events"),
    REPORTING("reporting", "tdkt.reporting.events"),
    NOTIFICATION("notification", "tdkt.notification.events");

    /** Short owner name used inside event type names, e.g. {@code plan} in {@code tdkt.plan.task-due.v1}. */
    private final String owner;
    private final String topicName;

    /** Dead-letter topic for one consumer group: {@code <topic>.<group>.dlq}. */
    public String deadLetterTopic(String consumerGroup) {
        return topicName + "." + consumerGroup + ".dlq";
    }
}
