package vn.tdkt.plan.support;

import org.springframework.test.context.TestPropertySource;
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * A service test with a context (and so a database) of its own for the tests that rely on the seeded unit registry as
 * shipped (names and aliases: the importer, movements, registrations), which the registry's own tests change.
 */
@TestPropertySource(properties = "tdkt.plan.import.claim-stale=PT2M")
public abstract class SeededRegistryTest extends ServiceTest {
}
