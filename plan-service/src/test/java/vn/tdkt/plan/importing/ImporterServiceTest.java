package vn.tdkt.plan.importing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import vn.tdkt.plan.support.ClockConfig;

/**
 * Like {@code ServiceTest}, but a context (and so a database) of its own for the importer, movement and registration
 * tests: they rely on the seeded unit registry (names and aliases), which the registry's own tests change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"tdkt.outbox.enabled=false", "tdkt.reminder.scheduled=false",
        "tdkt.plan.import.claim-stale=PT2M"})
@AutoConfigureMockMvc
@Import({TestChannelBinderConfiguration.class, ClockConfig.class})
public @interface ImporterServiceTest {
}
