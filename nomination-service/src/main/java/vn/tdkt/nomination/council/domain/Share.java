package vn.tdkt.nomination.council.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share of a council's members, kept as an exact fraction so that "2/3 of 9" is 6, not the 7 a rounded 0.6667
 * would give. Written as a percentage ({@code 80%}), a fraction ({@code 2/3}) or a decimal ({@code 0.8}).
 */
public record Share(long numerator, long denominator) {

    public Share {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share must be in (0, 1]: " + numerator + "/" + denominator);
        }
    }

    public static Share parse(String text) {
        String value = text.strip();
        if (value.endsWith("%")) {
            return of(new BigDecimal(value.substring(0, value.length() - 1).strip()).movePointLeft(2));
        }
        int slash = value.indexOf('/');
        if (slash > 0) {
            return new Share(Long.parseLong(value.substring(0, slash).strip()),
                    Long.parseLong(value.substring(slash + 1).strip()));
        }
        return of(new BigDecimal(value));
    }

    public static Share of(BigDecimal decimal) {
        BigDecimal exact = decimal.stripTrailingZeros();
        int scale = Math.max(exact.scale(), 0);
        return new Share(exact.movePointRight(scale).longValueExact(), BigDecimal.TEN.pow(scale).longValueExact());
    }

    /** The least whole number of members that reaches this share of {@code total}. */
    public int of(int total) {
        return (int) ((total * numerator + denominator - 1) / denominator);
    }

    /** Whether {@code count} of {@code total} reaches this share (exactly, no rounding). */
    public boolean reachedBy(int count, int total) {
        return (long) count * denominator >= (long) total * numerator;
    }

    public BigDecimal percent() {
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** As written in the minutes: 80%, or 2/3 when the share is no round percentage. */
    public String display() {
        BigDecimal percent = BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 10,
                RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.scale() <= 0 ? percent.toPlainString() + "%" : numerator + "/" + denominator;
    }
}
