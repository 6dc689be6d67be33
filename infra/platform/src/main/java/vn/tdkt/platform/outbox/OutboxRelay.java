package vn.tdkt.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves pending events from aggregate documents to Kafka (README, "Embedded outbox"). One relay runs at a time across
 * all instances of a service (ShedLock). Within one aggregate the entries are sent in array order; an entry is
 * removed only after the broker acknowledged it and every entry before it, so a failure or a crash between
 * send and removal re-sends (at least once) and never loses or reorders what consumers can rely on.
 *
 * <p>Cost per round: one find of pending documents and one bulk write removing what was sent. A round kicked by a
 * save reads only the collection that save wrote; the poll's round reads them all. The lock is kept
 * across rounds while there is work (extended before it runs out) and given back after {@code idleRelease}
 * without any, so a busy relay does not pay a lock and an unlock per save; the backlog gauges are refreshed by
 * the poller, not after every round.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LOCK_NAME = "outbox-relay";
    /** Exit code of a JVM halted by the fault-injection seam, to tell it from a real crash. */
    public static final int HALT_EXIT_CODE = 86;

    private final OutboxStore store;
    private final EventPublisher publisher;
    private final LockProvider lockProvider;
    private final Duration idleRelease;
    private final Clock clock;
    private final int batchSize;
    private final Duration lockAtMostFor;
    private final boolean enabled;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean runQueued = new AtomicBoolean();
    private final AtomicBoolean rerunRequested = new AtomicBoolean();
    /** A poll asked for a round over every outbox collection. */
    private final AtomicBoolean everyCollectionRequested = new AtomicBoolean();
    /** Collections whose saves asked for a round since the last one began. */
    private final Set<String> kickedCollections = ConcurrentHashMap.newKeySet();
    private final AtomicLong backlogEntries = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();
    private final AtomicLong sentTotal = new AtomicLong();
    private final AtomicLong lockAcquisitions = new AtomicLong();
    /** Fault-injection seam of the fault suite (F3), 0 = off: see {@link #haltAfterAcknowledged(long)}. */
    private volatile long haltAfterAcks;
    private final AtomicLong acknowledgedTotal = new AtomicLong();

    // touched only by the relay thread
    private SimpleLock heldLock;
    private Instant heldUntil;
    private Instant lastWork;

    public OutboxRelay(OutboxStore store, EventPublisher publisher, LockProvider lockProvider,
            Clock clock, int batchSize, Duration lockAtMostFor, Duration idleRelease, boolean enabled) {
        this.store = store;
        this.publisher = publisher;
        this.lockProvider = lockProvider;
        this.idleRelease = idleRelease;
        this.clock = clock;
        this.batchSize = batchSize;
        this.lockAtMostFor = lockAtMostFor;
        this.enabled = enabled;
    }

    /**
     * Fault injection for the fault suite (F3, "a producing service is killed between the broker's ack and the outbox
     * {@code $pull}"), off unless {@code tdkt.outbox.fault.halt-after-acks} is set: once {@code events} events in
     * total have been acknowledged by the broker, the round that reached the count halts the JVM
     * ({@code Runtime.halt}, no shutdown hooks, exit code {@value #HALT_EXIT_CODE}) before removing what it sent, so
     * those events are sent again by the next incarnation. Never set it in production.
     */
    public void haltAfterAcknowledged(long events) {
        if (events > 0) {
            log.warn("FAULT INJECTION armed: this JVM halts after {} events acknowledged by the broker, before their "
                    + "removal from the outbox (tdkt.outbox.fault.halt-after-acks)", events);
        }
        this.haltAfterAcks = events;
    }

    /**
     * Asks for a relay round over every outbox collection soon, on the relay thread (the poll's safety net). Kicks
     * that arrive while a round runs are coalesced into one more round, so a save right after a round started is not
     * left waiting for the next poll.
     */
    public void kick() {
        everyCollectionRequested.set(true);
        requestRound();
    }

    /**
     * Asks for a relay round over {@code collection} only, where a save just wrote new entries: the round reads one
     * collection instead of all of the service's (one find instead of one per aggregate type).
     */
    public void kick(String collection) {
        kickedCollections.add(collection);
        requestRound();
    }

    private void requestRound() {
        if (!enabled) {
            return;
        }
        rerunRequested.set(true);
        if (runQueued.compareAndSet(false, true)) {
            worker.execute(this::drainKicks);
        }
    }

    /** What the next round reads: every collection ({@code null}) after a poll, else the collections kicked. */
    private Set<String> nextScope() {
        if (everyCollectionRequested.getAndSet(false)) {
            kickedCollections.clear();
            return null;
        }
        Set<String> scope = new HashSet<>(kickedCollections);
        kickedCollections.removeAll(scope);
        return scope;
    }

    private void drainKicks() {
        try {
            while (rerunRequested.getAndSet(false)) {
                Set<String> scope = nextScope();
                if (scope == null || !scope.isEmpty()) {
                    relayWithLock(scope);
                }
            }
            releaseIfIdle();
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed; events stay pending and are retried on the next poll", e);
        } finally {
            runQueued.set(false);
            if (rerunRequested.get()) {
                kick();
            }
        }
    }

    /**
     * Runs rounds under the cluster-wide lock until nothing is pending or a round makes no progress. Without the
     * lock (another instance relays) it does nothing: that instance's rounds and polls send these events too.
     */
    public void relayWithLock() {
        relayWithLock(null);
    }

    /** {@link #relayWithLock()} over the named collections only ({@code null}: all). */
    private void relayWithLock(Set<String> collections) {
        if (!holdLock()) {
            return;
        }
        int sent;
        do {
            sent = relayOnce(collections);
            if (sent > 0) {
                lastWork = clock.instant();
            }
        } while (sent >= batchSize);
    }

    /** Keeps (extends) the lock this relay holds, or takes it; false when another instance holds it. */
    private boolean holdLock() {
        Instant now = clock.instant();
        if (heldLock != null && Duration.between(now, heldUntil).compareTo(lockAtMostFor.dividedBy(2)) > 0) {
            return true;
        }
        if (heldLock != null) {
            Optional<SimpleLock> extended = heldLock.extend(lockAtMostFor, Duration.ZERO);
            if (extended.isPresent()) {
                heldLock = extended.get();
                heldUntil = now.plus(lockAtMostFor);
                return true;
            }
            heldLock = null; // expired meanwhile (a long pause): take it again like anyone else
            log.warn("Outbox relay lock expired while held (a pause longer than {}); taking it again", lockAtMostFor);
        }
        Optional<SimpleLock> taken = lockProvider.lock(
                new LockConfiguration(now, LOCK_NAME, lockAtMostFor, Duration.ZERO));
        if (taken.isEmpty()) {
            return false;
        }
        lockAcquisitions.incrementAndGet();
        // logged after taking and before releasing, so the logged spans of all instances never overlap (fault suite)
        log.debug("Outbox relay lock taken");
        heldLock = taken.get();
        heldUntil = now.plus(lockAtMostFor);
        lastWork = now;
        return true;
    }

    /** Gives the lock back after {@code idleRelease} without anything to send, so another instance can relay. */
    private void releaseIfIdle() {
        if (heldLock != null && Duration.between(lastWork, clock.instant()).compareTo(idleRelease) >= 0) {
            release();
        }
    }

    private void release() {
        if (heldLock != null) {
            log.debug("Outbox relay lock releasing");
            try {
                heldLock.unlock();
            } catch (RuntimeException e) {
                log.debug("Could not release the outbox relay lock; it expires by itself", e);
            }
            heldLock = null;
        }
    }

    /** One round over every outbox collection: returns how many entries were sent and removed. Public for tests. */
    public int relayOnce() {
        return relayOnce(null);
    }

    private int relayOnce(Set<String> collections) {
        List<PendingAggregate> pending = store.findPending(batchSize, collections);
        if (pending.isEmpty()) {
            return 0;
        }
        List<List<CompletableFuture<Void>>> results = new ArrayList<>(pending.size());
        for (PendingAggregate aggregate : pending) {
            results.add(publisher.sendAll(aggregate.entries()));
        }
        publisher.flush();

        int removed = 0;
        List<OutboxStore.Sent> sent = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            PendingAggregate aggregate = pending.get(i);
            List<String> acknowledged = acknowledgedPrefix(aggregate, results.get(i));
            sent.add(new OutboxStore.Sent(aggregate, acknowledged));
            removed += acknowledged.size();
        }
        if (haltAfterAcks > 0 && acknowledgedTotal.addAndGet(removed) >= haltAfterAcks) {
            // F3 of the fault suite: a crash between the broker's ack and the removal, made deterministic
            log.error("FAULT INJECTION (tdkt.outbox.fault.halt-after-acks={}): halting the JVM after {} acknowledged "
                    + "events, before removing the last {} from the outbox", haltAfterAcks, acknowledgedTotal.get(),
                    removed);
            Runtime.getRuntime().halt(HALT_EXIT_CODE);
        }
        store.removeSent(sent);
        sentTotal.addAndGet(removed);
        if (removed > 0) {
            log.debug("Outbox relay sent {} events from {} aggregates", removed, pending.size());
        }
        return removed;
    }

    /** The ids of entries acknowledged in order, stopping at the first failure to keep per-aggregate order. */
    private static List<String> acknowledgedPrefix(PendingAggregate aggregate, List<CompletableFuture<Void>> results) {
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            CompletableFuture<Void> result = results.get(i);
            if (!result.isDone() || result.isCompletedExceptionally()) {
                log.warn("Event {} of aggregate {} not acknowledged; it stays pending: {}",
                        aggregate.entries().get(i).eventId(), aggregate.documentId(),
                        result.isDone() ? failureOf(result) : "no answer from the broker yet");
                break;
            }
            acknowledged.add(aggregate.entries().get(i).eventId());
        }
        return acknowledged;
    }

    private static String failureOf(CompletableFuture<Void> result) {
        try {
            result.join();
            return "none";
        } catch (RuntimeException e) {
            return e.getCause() == null ? e.toString() : e.getCause().toString();
        }
    }

    public void updateBacklogMetrics() {
        try {
            OutboxStore.Backlog backlog = store.backlog();
            backlogEntries.set(backlog.entries());
            oldestPendingAgeSeconds.set(backlog.oldest()
                    .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()))
                    .orElse(0L));
        } catch (RuntimeException e) {
            log.debug("Could not compute outbox backlog", e);
        }
    }

    public long backlogEntries() {
        return backlogEntries.get();
    }

    public long oldestPendingAgeSeconds() {
        return oldestPendingAgeSeconds.get();
    }

    public long sentTotal() {
        return sentTotal.get();
    }

    /** How often this relay had to take the lock (not counting extensions): a busy relay keeps it. */
    public long lockAcquisitions() {
        return lockAcquisitions.get();
    }

    @Override
    public void close() {
        worker.execute(this::release);
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
