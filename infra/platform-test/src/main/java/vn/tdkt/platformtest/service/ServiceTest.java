package vn.tdkt.platformtest.service;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.platformtest.time.MutableClockConfiguration;

/**
 * The one base class of a service's Spring tests (API, security matrix, consumers, stores): the whole service
 * on its own test database (MongoDB-wire server, or {@code MONGODB_URI}), MockMvc, the test binder instead of
 * Kafka, the outbox relay off (tests read the pending outbox entries), and a hand-moved clock.
 *
 * <p>Add properties with {@code @TestPropertySource} on the subclass; classes with the same properties share one
 * cached context. Tokens come from {@link vn.tdkt.platformtest.security.TestTokens}.
 */
@SpringBootTest(properties = "tdkt.outbox.enabled=false")
@AutoConfigureMockMvc
@Import({TestChannelBinderConfiguration.class, MutableClockConfiguration.class})
public abstract class ServiceTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected MutableClock clock;
}
