package vn.tdkt.notification;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The shared Spring context of the consumer and web tests (one context for all of them): test binder,
 * in-memory MongoDB, e-mail switched off (deliveries are SKIPPED; the SMTP tests have contexts of their own).
 */
@SpringBootTest(properties = {"tdkt.outbox.enabled=false", "tdkt.notification.email.enabled=false"})
@AutoConfigureMockMvc
@Import(TestChannelBinderConfiguration.class)
public abstract class AbstractServiceTest {
}
