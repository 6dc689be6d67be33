package vn.tdkt.e2e;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import vn.tdkt.localstack.LocalStack;

/**
 * An end-to-end test class: one stack for all its tests ({@link E2eStacks#builder} with the class's own settings, in
 * a data directory named after the class), started before the first test and closed after the last. A subclass's own
 * {@code @BeforeAll} methods run once the stack is up, its {@code @AfterAll} methods before the stack is closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EndToEndTest {

    private final UnaryOperator<LocalStack.Builder> settings;
    protected LocalStack stack;

    /** @param settings the class's settings on top of the common ones: system properties, environment, instances */
    protected EndToEndTest(UnaryOperator<LocalStack.Builder> settings) {
        this.settings = settings;
    }

    @BeforeAll
    protected void startStack() {
        stack = settings.apply(E2eStacks.builder("tdkt-" + getClass().getSimpleName() + "-")).start();
    }

    @AfterAll
    protected void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }
}
