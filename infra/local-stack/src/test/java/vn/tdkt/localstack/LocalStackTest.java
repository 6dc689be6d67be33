package vn.tdkt.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tdkt.localstack.kafka.TopicCatalog;

/** The stack without services (their jars belong to other modules): infrastructure, overrides, tokens, cleanup. */
class LocalStackTest {

    @TempDir
    Path emptyRepo;

    @Test
    void startsTheInfrastructureAndHonoursAnExternalMongo() throws Exception {
        Path dataDir;
        try (LocalStack stack = LocalStack.builder()
                .services()
                .environment(Map.of(LocalStack.MONGO_ENV, "mongodb://db.example:27017"))
                .start()) {
            dataDir = stack.dataDir();

            // the external MongoDB is passed on instead of starting one
            assertThat(stack.isMongoExternal()).isTrue();
            assertThat(stack.mongoUri()).isEqualTo("mongodb://db.example:27017");
            assertThatThrownBy(stack::mongo).isInstanceOf(IllegalStateException.class);

            // Kafka runs on a free port with every topic
            assertThat(stack.bootstrapServers()).doesNotEndWith(":9092");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
                Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                assertThat(topics).containsAll(TopicCatalog.EVENT_TOPICS).hasSize(4 + 16);
            }

            // the token helper gets a leader token from the local issuer
            String payload = new String(Base64.getUrlDecoder().decode(stack.token("leader").split("\\.")[1]),
                    StandardCharsets.UTF_8);
            assertThat(payload).contains("\"unit\":\"UBND\"", "\"roles\":[\"LEADER\"]",
                    "\"iss\":\"" + stack.issuerUri() + "\"");
            assertThat(stack.startupTimes()).containsOnlyKeys("kafka", "auth", "topics");
        }
        // close() stopped everything and removed the temporary data folder
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void failsClearlyBeforeStartingAnythingWhenAServiceIsNotBuilt() {
        assertThatThrownBy(() -> LocalStack.builder().repoRoot(emptyRepo).services("plan-service").start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plan-service")
                .hasMessageContaining("run ./mvnw -DskipTests package first");
    }

    @Test
    void rejectsUnknownServices() {
        assertThatThrownBy(() -> LocalStack.builder().services("plan-servce"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan-servce");
    }
}
