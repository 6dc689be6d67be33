package vn.tdkt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * The Strimzi cluster and its topics against the services' configuration: every topic an outbox publishes to and
 * every destination a binding consumes is declared (the brokers do not create topics), with its dead-letter topic
 * {@code <topic>.<group>.dlq}; replication 3 and min.insync.replicas 2 everywhere.
 */
class KafkaTopicsTest {

    @ForEachOverlay
    void theClusterIsKraftWithThreeNodesAndDurableDefaults(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);
        Resource kafka = Rendered.ofKind(resources, "Kafka").get(0);
        assertThat(kafka.apiVersion()).isEqualTo("kafka.strimzi.io/v1");
        assertThat(kafka.spec()).doesNotContainKey("zookeeper");
        Map<String, Object> config = Yamls.mapAt(kafka.spec(), "kafka.config");
        assertThat(config).containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3)
                .containsEntry("auto.create.topics.enable", false).containsEntry("unclean.leader.election.enable", false);

        List<Resource> pools = Rendered.ofKind(resources, "KafkaNodePool");
        int brokers = pools.stream().filter(p -> Yamls.listAt(p.spec(), "roles").contains("broker"))
                .filter(p -> kafka.name().equals(Yamls.mapAt(p.body(), "metadata.labels").get("strimzi.io/cluster")))
                .mapToInt(p -> ((Number) p.spec().get("replicas")).intValue()).sum();
        int controllers = pools.stream().filter(p -> Yamls.listAt(p.spec(), "roles").contains("controller"))
                .mapToInt(p -> ((Number) p.spec().get("replicas")).intValue()).sum();
        assertThat(brokers).as("brokers").isGreaterThanOrEqualTo(3);
        assertThat(controllers).as("KRaft controllers (an odd quorum)").isGreaterThanOrEqualTo(3).isOdd();
    }

    @ForEachOverlay
    void everyTopicTheServicesUseIsDeclaredWithItsDeadLetterTopic(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);
        for (ServiceCatalog.Service service : ServiceCatalog.services()) {
            if (service.outboxTopic() != null) {
                topic(resources, service.outboxTopic());
            }
            for (ServiceCatalog.Binding binding : service.bindings()) {
                Resource topic = topic(resources, binding.destination());
                Resource deadLetters = topic(resources, binding.deadLetterTopic());
                // the binder sends a failed record to the same partition number of the DLQ
                assertThat(deadLetters.spec().get("partitions")).as("partitions of %s", deadLetters)
                        .isEqualTo(topic.spec().get("partitions"));
            }
        }
    }

    @ForEachOverlay
    void everyTopicIsReplicatedThreeTimesWithTwoInSync(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);
        Resource kafka = Rendered.ofKind(resources, "Kafka").get(0);
        List<Resource> topics = Rendered.ofKind(resources, "KafkaTopic");
        assertThat(topics).hasSizeGreaterThanOrEqualTo(4);
        for (Resource topic : topics) {
            assertThat(topic.apiVersion()).isEqualTo("kafka.strimzi.io/v1");
            assertThat(Yamls.mapAt(topic.body(), "metadata.labels")).as("%s", topic).containsEntry("strimzi.io/cluster", kafka.name());
            assertThat(topic.spec().get("replicas")).as("replicas of %s", topic).isEqualTo(3);
            assertThat(Yamls.mapAt(topic.spec(), "config")).as("config of %s", topic).containsEntry("min.insync.replicas", "2");
            String name = topic.name();
            if (name.endsWith(".dlq")) {
                String source = name.substring(0, name.indexOf(".events.") + ".events".length());
                assertThat(Rendered.find(resources, "KafkaTopic", source)).as("topic of %s", topic).isPresent();
                String group = name.substring(source.length() + 1, name.length() - ".dlq".length());
                assertThat(ServiceCatalog.names().stream().anyMatch(service -> group.equals(service)
                        || group.startsWith(service + "-"))).as("consumer group %s of %s belongs to a service", group,
                        topic).isTrue();
            }
        }
    }

    @ForEachOverlay
    void theServicesBootstrapFromTheClustersPlainListener(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);
        Resource kafka = Rendered.ofKind(resources, "Kafka").get(0);
        Object port = Yamls.listAt(kafka.spec(), "kafka.listeners").stream().map(Yamls::map)
                .filter(l -> "plain".equals(l.get("name"))).findFirst().orElseThrow().get("port");
        for (Resource deployment : Rendered.ofKind(resources, "Deployment")) {
            assertThat(DeploymentManifestTest.environment(resources, deployment.containers().get(0)))
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", kafka.name() + "-kafka-bootstrap:" + port)
                    .containsEntry("KAFKA_REPLICATION_FACTOR", "3");
        }
    }

    private static Resource topic(List<Resource> resources, String name) {
        return Rendered.find(resources, "KafkaTopic", name)
                .orElseThrow(() -> new AssertionError("no KafkaTopic " + name + " (k8s/base/kafka/topics.yaml)"));
    }
}
