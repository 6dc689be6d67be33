package vn.tdkt.reporting.support;

import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.Message;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One Spring context for every integration test class (same annotations, so it is cached): a real server on a
 * random port (for the SSE and browser tests), MockMvc, the test binder instead of Kafka, and real JWT signing.
 * Each test starts with empty read models.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tdkt.outbox.enabled=false", "tdkt.reporting.stream.debounce=PT0.2S",
                "tdkt.reporting.stream.heartbeat=PT1S"})
@AutoConfigureMockMvc
@Import({TestChannelBinderConfiguration.class, TestSecurityConfiguration.class})
public abstract class ReportingIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    @Qualifier("planEvents")
    protected Consumer<Message<byte[]>> planEvents;

    @Autowired
    @Qualifier("nominationEvents")
    protected Consumer<Message<byte[]>> nominationEvents;

    @Autowired
    protected Tokens tokens;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void emptyReadModels() {
        for (String collection : new String[] {"task_views", "dossier_views", "processed_events"}) {
            mongo.remove(new Query(), collection);
        }
    }
}
