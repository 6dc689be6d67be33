package vn.tdkt.plan.importing.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import vn.tdkt.plantext.PlanTextValidator;

/**
 * @param maxBytes   largest plan text accepted (UTF-8 bytes); larger uploads answer 413
 * @param maxDocumentBytes largest DOCX or PDF file accepted (fonts and images make them far larger than their text)
 * @param claimStale how long a confirmation may hold a preview before another confirmation may take over (a crash
 *                   between claiming and creating the plan)
 * @param maxConcurrentReads how many uploads are read at once ({@link ImportGate}); the rest wait
 * @param readQueueWait how long an upload waits for its turn before it is answered 503 with {@code Retry-After}
 */
@ConfigurationProperties("tdkt.plan.import")
public record PlanImportProperties(DataSize maxBytes, Duration claimStale, DataSize maxDocumentBytes,
        Integer maxConcurrentReads, Duration readQueueWait) {

    public PlanImportProperties {
        maxConcurrentReads = maxConcurrentReads == null ? 1 : maxConcurrentReads;
        readQueueWait = readQueueWait == null ? Duration.ofSeconds(20) : readQueueWait;
        if (maxConcurrentReads < 1) {
            throw new IllegalArgumentException("tdkt.plan.import.max-concurrent-reads must be at least 1");
        }
        maxBytes = maxBytes == null ? DataSize.ofBytes(PlanTextValidator.DEFAULT_MAX_BYTES) : maxBytes;
        claimStale = claimStale == null ? Duration.ofMinutes(2) : claimStale;
        maxDocumentBytes = maxDocumentBytes == null ? DataSize.ofMegabytes(20) : maxDocumentBytes;
        if (maxBytes.toBytes() <= 0 || maxBytes.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("tdkt.plan.import.max-bytes must be between 1 byte and 2 GB");
        }
    }

    public int maxBytesAsInt() {
        return (int) maxBytes.toBytes();
    }
}
