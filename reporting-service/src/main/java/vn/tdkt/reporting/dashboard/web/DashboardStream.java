package vn.tdkt.reporting.dashboard.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;
import vn.tdkt.reporting.projection.application.ProjectionChanged;

/**
 * The live side of the dashboard: connected browsers get a {@code summary-changed} event after read models
 * change (debounced: a burst of changes yields one event, at most one per debounce interval) and re-fetch the
 * summary with their own token, so the stream itself carries no figures and needs no per-unit filtering.
 * A heartbeat comment keeps proxies from closing idle connections and reveals dead clients, which are dropped.
 */
@Component
public class DashboardStream {

    public static final String SUMMARY_CHANGED = "summary-changed";
    public static final String CONNECTED = "connected";

    private static final Logger log = LoggerFactory.getLogger(DashboardStream.class);

    private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changePending = new AtomicBoolean();
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration debounce;
    private final Duration timeout;

    public DashboardStream(Clock clock,
            @Value("${tdkt.reporting.stream.debounce:PT0.5S}") Duration debounce,
            @Value("${tdkt.reporting.stream.heartbeat:PT15S}") Duration heartbeat,
            @Value("${tdkt.reporting.stream.timeout:PT30M}") Duration timeout) {
        this.clock = clock;
        this.debounce = debounce;
        this.timeout = timeout;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dashboard-stream");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleAtFixedRate(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Registers a new client; its first event ({@code connected}) tells the browser the stream is live. */
    public SseEmitter connect() {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> {
            emitters.remove(emitter);
            emitter.complete();
        });
        emitter.onError(error -> emitters.remove(emitter));
        emitters.add(emitter);
        send(emitter, () -> SseEmitter.event().name(CONNECTED).reconnectTime(5_000)
                .data(stamp(), MediaType.APPLICATION_JSON));
        return emitter;
    }

    @EventListener
    public void onProjectionChanged(ProjectionChanged changed) {
        if (changePending.compareAndSet(false, true)) {
            scheduler.schedule(this::publishChange, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public int connectedClients() {
        return emitters.size();
    }

    private void publishChange() {
        changePending.set(false);
        broadcast(() -> SseEmitter.event().name(SUMMARY_CHANGED).data(stamp(), MediaType.APPLICATION_JSON));
    }

    private void heartbeat() {
        broadcast(() -> SseEmitter.event().comment("heartbeat"));
    }

    private void broadcast(Supplier<SseEventBuilder> event) {
        for (SseEmitter emitter : emitters) {
            send(emitter, event);
        }
    }

    private void send(SseEmitter emitter, Supplier<SseEventBuilder> event) {
        try {
            emitter.send(event.get());
        } catch (IOException | IllegalStateException gone) {
            log.debug("Dropping a dashboard stream client: {}", gone.getMessage());
            emitters.remove(emitter);
        } catch (RuntimeException unexpected) {
            log.warn("Dashboard stream client failed; dropping it", unexpected);
            emitters.remove(emitter);
        }
    }

    private String stamp() {
        return "{\"at\":\"" + clock.instant() + "\"}";
    }

    /** Ends open streams before the web server's graceful shutdown waits for requests to finish. */
    @EventListener(ContextClosedEvent.class)
    public void closeAll() {
        for (SseEmitter emitter : emitters) {
            try {
                emitter.complete();
            } catch (RuntimeException ignored) {
                log.debug("Stream already closed");
            }
        }
        emitters.clear();
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
