package vn.tdkt.nomination.fund.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.nomination.catalogue.domain.DecisionLevel;
import vn.tdkt.nomination.lawdata.LawDataException;
import vn.tdkt.nomination.lawdata.YamlNode;

/**
 * The fund's rules as data ({@code fund/fund-policy.yaml}): the share kept for organising costs (R-FUND-01) with its
 * citation and dates, and which awards the provincial fund pays.
 */
public final class FundPolicy {

    public static final String RESOURCE = "fund/fund-policy.yaml";

    /** The reserved share from a date. */
    public record Reserve(LocalDate effectiveFrom, BigDecimal share, String citation, String confidence) {
        public Reserve {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a reserved share is between 0 and 1");
            }
        }
    }

    /** The awards the province pays, by deciding level, and why. */
    public record Paid(Set<DecisionLevel> levels, String citation, String confidence, String note) {
        public Paid {
            levels = Set.copyOf(levels);
        }
    }

    private final List<Reserve> reserves;
    private final Paid paid;

    public FundPolicy(List<Reserve> reserves, Paid paid) {
        List<Reserve> sorted = new ArrayList<>(reserves);
        sorted.sort(Comparator.comparing(Reserve::effectiveFrom));
        this.reserves = List.copyOf(sorted);
        this.paid = Objects.requireNonNull(paid, "paid");
    }

    public static FundPolicy bundled() {
        YamlNode file = YamlNode.classpath(RESOURCE);
        List<Reserve> reserves = new ArrayList<>();
        for (YamlNode entry : file.list("reserve")) {
            try {
                reserves.add(new Reserve(entry.requiredDate("effectiveFrom"), entry.decimal("share"),
                        entry.requiredString("citation"), entry.string("confidence")));
            } catch (IllegalArgumentException e) {
                throw entry.error(e.getMessage());
            }
        }
        if (reserves.isEmpty()) {
            throw new LawDataException(RESOURCE + ": no reserve entry");
        }
        YamlNode paid = file.get("paidByProvince");
        return new FundPolicy(reserves, new Paid(paid.enumSet("levels", DecisionLevel.class),
                paid.requiredString("citation"), paid.string("confidence"), paid.string("note")));
    }

    /** The reserve in force on {@code day} (the first one before its date). */
    public Reserve reserveOn(LocalDate day) {
        Reserve found = reserves.get(0);
        for (Reserve reserve : reserves) {
            if (!reserve.effectiveFrom().isAfter(day)) {
                found = reserve;
            }
        }
        return found;
    }

    public Paid paid() {
        return paid;
    }

    public boolean paidByProvince(DecisionLevel level) {
        return paid.levels().contains(level);
    }
}
