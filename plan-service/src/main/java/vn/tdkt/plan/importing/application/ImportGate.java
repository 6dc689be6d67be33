package vn.tdkt.plan.importing.application;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.core.exception.AcquirePermissionCancelledException;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Lets a bounded number of plan documents be read at once; the others wait a little, then are told to come back.
 *
 * <p>Each read is held to limits (pages, glyphs, text, inflated bytes), but a document within every limit may still
 * take a large share of a service's heap while it is read: four 114 KB PDFs of 1.9 million glyphs each, sent
 * together to a 384 MB service, ran it out of memory (one answered 500, 54 full GCs, its Kafka consumers lost their
 * partitions), where one alone was read in 17 s. The gate covers reading the upload's body too: a waiting request
 * sent as the body has not been read at all, and a multipart one waits with its file spooled to a temporary file by
 * the servlet container (up to the 25 MB multipart limit), not on the heap.
 */
@Component
public class ImportGate {

    /** Work that reads a request, which may fail as reading does. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    private final Bulkhead bulkhead;
    private final long retryAfterSeconds;

    public ImportGate(PlanImportProperties properties) {
        this.bulkhead = Bulkhead.of("plan-import", BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentReads())
                .maxWaitDuration(properties.readQueueWait())
                .build());
        this.retryAfterSeconds = Math.max(1, properties.readQueueWait().toSeconds());
    }

    /** Runs {@code work} once a place is free; throws {@link ImportBusyException} if none frees up in time. */
    public <T> T admit(Work<T> work) throws IOException {
        try {
            bulkhead.acquirePermission();
        } catch (BulkheadFullException | AcquirePermissionCancelledException notAdmitted) {
            // cancelled: the request's thread was interrupted while it waited (a client gone, a shutdown)
            throw new ImportBusyException(retryAfterSeconds);
        }
        try {
            return work.run();
        } finally {
            bulkhead.onComplete();
        }
    }
}
