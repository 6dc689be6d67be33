package vn.tdkt.platformtest.mongo;

import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the shared test MongoDB (in-memory wire server, or {@code MONGODB_URI})
 * with a database of its own, so test classes never see each other's data and nothing needs a local mongod.
 */
public class MongoTestContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new MongoTestContextCustomizer();
    }

    static final class MongoTestContextCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPropertyValues.of(
                    "spring.mongodb.uri=" + SharedMongoServer.uri(),
                    "spring.mongodb.database=test-" + UUID.randomUUID().toString().substring(0, 8))
                    .applyTo(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MongoTestContextCustomizer;
        }

        @Override
        public int hashCode() {
            return MongoTestContextCustomizer.class.hashCode();
        }
    }
}
