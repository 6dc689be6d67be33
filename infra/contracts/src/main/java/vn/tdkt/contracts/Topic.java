package vn.tdkt.contracts;

/** One topic per owning service (README, "Architecture"). The Kafka key is always the aggregate id. */
public enum Topic {
    PLAN("plan", "tdkt.plan.events"),
    NOMINATION("nomination", "tdkt.nomination.events"),
    REPORTING("reporting", "tdkt.reporting.events"),
    NOTIFICATION("notification", "tdkt.notification.events");

    private final String owner;
    private final String topicName;

    Topic(String owner, String topicName) {
        this.owner = owner;
        this.topicName = topicName;
    }

    /** Short owner name used inside event type names, e.g. {@code plan} in {@code tdkt.plan.task-due.v1}. */
    public String owner() {
        return owner;
    }

    public String topicName() {
        return topicName;
    }

    /** Dead-letter topic for one consumer group: {@code <topic>.<group>.dlq}. */
    public String deadLetterTopic(String consumerGroup) {
        return topicName + "." + consumerGroup + ".dlq";
    }
}
