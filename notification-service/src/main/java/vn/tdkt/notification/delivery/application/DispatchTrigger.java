package vn.tdkt.notification.delivery.application;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs dispatch rounds on one background thread of this instance: kicked right after the consumer records
 * deliveries, and polled (the safety net for deferred and retried deliveries). Kicks that arrive during a round are
 * coalesced into one more round. Off when {@code tdkt.notification.dispatch.enabled=false}.
 */
@Component
public class DispatchTrigger implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DispatchTrigger.class);

    private final boolean enabled;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile Runnable round = () -> { };

    public DispatchTrigger(NotificationProperties properties) {
        this.enabled = properties.dispatch().enabled();
    }

    void onRound(Runnable dispatchRound) {
        this.round = dispatchRound;
    }

    public void kick() {
        if (!enabled) {
            return;
        }
        again.set(true);
        if (queued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (again.getAndSet(false)) {
                round.run();
            }
        } catch (RuntimeException e) {
            log.warn("Dispatch round failed; deliveries stay pending for the next round", e);
        } finally {
            queued.set(false);
            if (again.get()) {
                kick();
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
