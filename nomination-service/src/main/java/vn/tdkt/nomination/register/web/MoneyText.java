package vn.tdkt.nomination.register.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import vn.tdkt.nomination.register.domain.RewardMoney;

/** Money as Vietnamese readers write it: 2.340.000 đ, hệ số 1,5. */
public final class MoneyText {

    private MoneyText() {
    }

    public static String dong(long amount) {
        return format("#,##0").format(amount) + " đ";
    }

    public static String coefficient(BigDecimal coefficient) {
        return format("0.##").format(coefficient);
    }

    /** "Hệ số 1,5 × mức lương cơ sở 2.340.000 đ = 3.510.000 đ (hệ số: …; lương cơ sở: …)". */
    public static String source(RewardMoney m) {
        return "Hệ số " + coefficient(m.coefficient()) + " × mức lương cơ sở " + dong(m.baseSalary()) + " = "
                + dong(m.amount()) + " (hệ số: " + (m.coefficientCitation() == null ? "danh mục " + m.catalogueVersion()
                : m.coefficientCitation()) + "; lương cơ sở: " + m.baseSalaryCitation() + ")";
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }
}
