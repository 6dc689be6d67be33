package vn.tdkt.plan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;

/** A full plan-service context on its own test database, relay and scheduled scan off, hand-moved clock. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"tdkt.outbox.enabled=false", "tdkt.reminder.scheduled=false"})
@AutoConfigureMockMvc
@Import({TestChannelBinderConfiguration.class, ClockConfig.class})
public @interface ServiceTest {
}
