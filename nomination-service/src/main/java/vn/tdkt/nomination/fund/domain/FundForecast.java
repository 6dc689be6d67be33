package vn.tdkt.nomination.fund.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year's fund against the money it must pay (R-FUND-01, R-MONEY-01): the fund less its reserve for organising costs
 * is what rewards may use; decisions have committed part of it, and the open dossiers would take more if decided
 * (priced at today's base salary). Pure arithmetic over what the application gathered.
 *
 * @param fund        the fund entered for the year, or {@code null} when none was entered yet
 * @param available   fund − reserve, or {@code null} without a fund
 * @param projected   committed + pending
 * @param remaining   available − projected, or {@code null} without a fund
 * @param overCommitted the projection exceeds what rewards may use
 */
public record FundForecast(int year, Fund fund, FundPolicy.Reserve reserve, Long reserveAmount, Long available,
        Money committed, Money pending, Money toRecover, long projected, Long remaining, boolean overCommitted) {

    /** An amount and how it is made up, by award. */
    public record Money(long amount, int count, List<Line> byAward) {
    }

    /** Money of one award (or one group) and how many give it. */
    public record Line(String key, String label, int count, long amount) {
    }

    /** One priced item: an award decided, or a dossier that would be. */
    public record Item(String awardCode, String awardName, long amount) {
    }

    public static FundForecast of(int year, Fund fund, FundPolicy.Reserve reserve, List<Item> committed,
            List<Item> pending, List<Item> toRecover) {
        Money committedMoney = money(committed);
        Money pendingMoney = money(pending);
        long projected = committedMoney.amount() + pendingMoney.amount();
        Long reserveAmount = null;
        Long available = null;
        Long remaining = null;
        if (fund != null) {
            reserveAmount = BigDecimal.valueOf(fund.amount()).multiply(reserve.share())
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            available = fund.amount() - reserveAmount;
            remaining = available - projected;
        }
        return new FundForecast(year, fund, reserve, reserveAmount, available, committedMoney, pendingMoney,
                money(toRecover), projected, remaining, remaining != null && remaining < 0);
    }

    static Money money(List<Item> items) {
        Map<String, Line> lines = new TreeMap<>();
        long total = 0;
        for (Item item : items) {
            total += item.amount();
            lines.merge(item.awardCode(), new Line(item.awardCode(), item.awardName(), 1, item.amount()),
                    (a, b) -> new Line(a.key(), a.label(), a.count() + b.count(), a.amount() + b.amount()));
        }
        return new Money(total, items.size(), new ArrayList<>(lines.values()));
    }
}
