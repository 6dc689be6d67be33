package vn.tdkt.localstack.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates topics idempotently: a topic that already exists keeps its data, and gets more partitions if it has fewer
 * than asked for (a data folder from before the catalog raised its count; partitions can only grow).
 */
public final class TopicCreator {

    private static final Logger log = LoggerFactory.getLogger(TopicCreator.class);

    private TopicCreator() {
    }

    /** Creates every topic of {@link TopicCatalog} that does not exist yet. */
    public static void createCatalogTopics(String bootstrapServers) {
        create(bootstrapServers, TopicCatalog.newTopics());
    }

    public static void create(String bootstrapServers, Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            int created = 0;
            for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(topics).values().entrySet()) {
                if (awaitCreation(result.getKey(), result.getValue())) {
                    created++;
                }
            }
            int grown = growPartitions(admin, topics);
            log.info("Kafka topics: {} created, {} already present, {} given more partitions", created,
                    topics.size() - created, grown);
        }
    }

    private static int growPartitions(Admin admin, Collection<NewTopic> topics) {
        Map<String, Integer> wanted = topics.stream().filter(topic -> topic.numPartitions() > 0)
                .collect(Collectors.toMap(NewTopic::name, NewTopic::numPartitions));
        if (wanted.isEmpty()) {
            return 0;
        }
        try {
            Map<String, TopicDescription> described = describeOnceKnown(admin, Set.copyOf(wanted.keySet()));
            Map<String, NewPartitions> increases = new HashMap<>();
            described.forEach((name, description) -> {
                if (description.partitions().size() < wanted.get(name)) {
                    increases.put(name, NewPartitions.increaseTo(wanted.get(name)));
                }
            });
            if (!increases.isEmpty()) {
                admin.createPartitions(increases).all().get(30, TimeUnit.SECONDS);
                awaitPartitions(admin, increases.keySet(), wanted);
            }
            return increases.size();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot check the partitions of " + wanted.keySet(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking partitions", e);
        }
    }

    /**
     * Describes the topics, waiting while the broker's metadata does not know one yet: {@code createTopics} completes
     * once the controller accepted the topic, and a describe right after it may answer "unknown topic" on a busy
     * machine.
     */
    private static Map<String, TopicDescription> describeOnceKnown(Admin admin, Set<String> topics)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Waits until the broker's metadata shows the grown counts: {@code createPartitions} completes once the controller
     * accepted the change, and a describe (or a consumer starting) right after it may still see the old count.
     */
    private static void awaitPartitions(Admin admin, Set<String> topics, Map<String, Integer> wanted)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Map<String, TopicDescription> now = describeOnceKnown(admin, topics);
            if (now.values().stream().allMatch(d -> d.partitions().size() >= wanted.get(d.name()))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("partitions of " + topics + " not grown to " + wanted + " within 30 s");
            }
            Thread.sleep(100);
        }
    }

    private static boolean awaitCreation(String topic, KafkaFuture<Void> future) {
        try {
            future.get(30, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }
}
