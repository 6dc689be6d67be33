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
                assertThat(topics).containsAll(TopicCatalog.EVENT_TOPICS).hasSize(4 + 16 + 1);
            }

            // the token helper gets a leader token from the local issuer
            String payload = new String(Base64.getUrlDecoder().decode(stack.token("leader").split("\\.")[1]),
                    StandardCharsets.UTF_8);
            assertThat(payload).contains("\"unit\":\"UBND\"", "\"roles\":[\"LEADER\"]",
                    "\"iss\":\"" + stack.issuerUri() + "\"");
            assertThat(stack.startupTimes()).containsOnlyKeys("kafka", "auth", "mail", "topics");

            // the mail catcher takes what a service would send and shows it over HTTP
            java.util.Properties smtp = new java.util.Properties();
            smtp.put("mail.smtp.host", "localhost");
            smtp.put("mail.smtp.port", Integer.toString(stack.mail().smtpPort()));
            jakarta.mail.internet.MimeMessage message =
                    new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(smtp));
            message.setFrom("no-reply@tdkt.local");
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, "tdkt@sgddt.example.vn");
            message.setSubject("Nhắc hạn nhiệm vụ", "UTF-8");
            message.setText("Còn 7 ngày đến hạn.", "UTF-8");
            jakarta.mail.Transport.send(message);
            String json = new String(java.net.URI.create(stack.mail().webUrl() + "/messages").toURL().openStream()
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("Nhắc hạn nhiệm vụ", "tdkt@sgddt.example.vn", "Còn 7 ngày đến hạn.");
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
    void demoDataGoesOnlyIntoTheLocalStoreUnlessAskedAndInstancesAreBounded() {
        LaunchOptions defaults = LaunchOptions.parse(new String[0], emptyRepo, Map.of());
        assertThat(defaults.loadDemoData(false)).isTrue();
        assertThat(defaults.loadDemoData(true)).as("external MongoDB").isFalse();
        assertThat(LaunchOptions.parse(new String[] {"--demo"}, emptyRepo, Map.of()).loadDemoData(true)).isTrue();
        assertThat(LaunchOptions.parse(new String[] {"--no-demo"}, emptyRepo, Map.of()).loadDemoData(false)).isFalse();
        assertThat(LaunchOptions.parse(new String[0], emptyRepo, Map.of("TDKT_INSTANCES", "3")).instances()).isEqualTo(3);
        assertThat(LaunchOptions.parse(new String[] {"--instances=2"}, emptyRepo, Map.of()).instances()).isEqualTo(2);
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--instances=0"}, emptyRepo, Map.of()))
                .hasMessageContaining("from 1 to 9");
    }

    @Test
    void rejectsUnknownServices() {
        assertThatThrownBy(() -> LocalStack.builder().services("plan-servce"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan-servce");
    }
}
