package vn.tdkt.plan.calendar.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** Collection {@code calendar_overrides}: an admin's replacement text for one year, keyed by the year. */
@Document("calendar_overrides")
public class CalendarOverrideDocument {

    @Id
    private Integer year;

    @Version
    private Long version;

    private String text;
    private Instant updatedAt;
    private String updatedBy;

    protected CalendarOverrideDocument() {
    }

    public CalendarOverrideDocument(int year, String text, Instant updatedAt, String updatedBy) {
        this.year = year;
        this.text = text;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public Integer getYear() { return year; }
    public Long getVersion() { return version; }
    public String getText() { return text; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }

    public void replace(String newText, Instant at, String by) {
        this.text = newText;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
