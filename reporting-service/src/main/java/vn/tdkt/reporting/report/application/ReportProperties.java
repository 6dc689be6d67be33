package vn.tdkt.reporting.report.application;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import vn.tdkt.reporting.report.domain.LadderPolicy;

/**
 * {@code tdkt.reporting.report.*}: the report ladder and what a submitted file may be.
 *
 * @param dueOffsets         days before the deadline that send {@code report-due}
 * @param overdueOffsets     days after it that send {@code report-overdue}
 * @param escalateOffset     the after-deadline step that escalates (0: none)
 * @param shiftAllowanceDays widest run of non-working days a reminder can be moved across (Tết); widens the scan
 * @param maxFileSize        largest report file accepted
 * @param acceptedTypes      content types accepted, as detected from the bytes
 */
@ConfigurationProperties("tdkt.reporting.report")
public record ReportProperties(List<Integer> dueOffsets, List<Integer> overdueOffsets, Integer escalateOffset,
        Integer shiftAllowanceDays, Duration scanInterval, DataSize maxFileSize, List<String> acceptedTypes) {

    public ReportProperties {
        dueOffsets = dueOffsets == null ? List.of(15, 7, 3) : List.copyOf(dueOffsets);
        overdueOffsets = overdueOffsets == null ? List.of(1, 7) : List.copyOf(overdueOffsets);
        escalateOffset = escalateOffset == null ? 7 : escalateOffset;
        shiftAllowanceDays = shiftAllowanceDays == null ? 10 : shiftAllowanceDays;
        scanInterval = scanInterval == null ? Duration.ofMinutes(1) : scanInterval;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        acceptedTypes = acceptedTypes == null ? List.of("application/pdf") : List.copyOf(acceptedTypes);
    }

    public LadderPolicy policy() {
        return new LadderPolicy(dueOffsets, overdueOffsets, escalateOffset);
    }
}
