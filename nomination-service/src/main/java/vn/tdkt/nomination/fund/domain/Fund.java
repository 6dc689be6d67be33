package vn.tdkt.nomination.fund.domain;

import java.time.Instant;
import java.util.List;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * The province's emulation and commendation fund of a year, as the Sở Nội vụ enters it: the amount and where it comes
 * from (the budget estimate, a People's Council resolution, …).
 */
public final class Fund {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private String id;
    private int year;
    private long amount;
    private String source;
    private String note;
    private String setBy;
    private Instant setAt;

    private Fund() {
    }

    public static String idOf(int year) {
        return "fund-" + year;
    }

    public static Created<Fund, EventPayload> enter(int year, long amount, String source, String note, String by,
            Instant now) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw DomainException.invalid("fund.year-out-of-range", year, MIN_YEAR, MAX_YEAR);
        }
        Fund fund = new Fund();
        fund.id = idOf(year);
        fund.year = year;
        fund.change(amount, source, note, by, now);
        return new Created<>(fund, List.of());
    }

    /** A new amount (a revised estimate). */
    public List<EventPayload> change(long newAmount, String newSource, String newNote, String by, Instant now) {
        if (newAmount < 0) {
            throw DomainException.invalid("fund.amount-negative", newAmount);
        }
        String cleanSource = TextNormalizer.clean(newSource);
        if (cleanSource == null || cleanSource.isEmpty()) {
            throw DomainException.invalid("fund.source-required");
        }
        amount = newAmount;
        source = cleanSource;
        note = TextNormalizer.clean(newNote);
        setBy = by;
        setAt = now;
        return List.of();
    }

    public String id() { return id; }
    public int year() { return year; }
    public long amount() { return amount; }
    public String source() { return source; }
    public String note() { return note; }
    public String setBy() { return setBy; }
    public Instant setAt() { return setAt; }
}
