package vn.tdkt.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import vn.tdkt.e2e.EndToEndTest;
import vn.tdkt.localstack.service.ServiceProcess;

/**
 * A class of the fault suite: its faults run one after the other, in {@code @Order} (inherited), on one stack
 * {@link FaultRig#configure configured} for faults and its {@link FaultRig}, made once the stack is up and closed
 * before it stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FaultSuite extends EndToEndTest {

    protected FaultRig rig;

    /** @param instances how many instances of each service the stack runs */
    FaultSuite(int instances) {
        super(stack -> FaultRig.configure(stack, instances));
    }

    @BeforeAll
    void startRig() {
        System.out.println("Fault stack (" + stack.instances("plan-service").size()
                + " instance(s) per service) started in " + stack.totalStartupTime().toSeconds() + " s");
        rig = new FaultRig(stack);
    }

    @AfterAll
    void closeRig() {
        if (rig != null) {
            rig.close();
        }
    }

    /** Runs {@code action} on every service at once; fails with the first failure once all are done. */
    static void parallel(List<ServiceProcess> services, Consumer<ServiceProcess> action) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CompletableFuture.allOf(services.stream().map(service -> CompletableFuture.runAsync(() -> {
            try {
                action.accept(service);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        })).toArray(CompletableFuture[]::new)).join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Nothing lost, doubled or reordered. */
    static void assertClean(FaultRig.Tally tally) {
        assertThat(tally.lost()).as("%s lost (%s)", tally.fault(), tally.details()).isZero();
        assertThat(tally.duplicated()).as("%s duplicated (%s)", tally.fault(), tally.details()).isZero();
        assertThat(tally.reordered()).as("%s reordered", tally.fault()).isZero();
    }
}
