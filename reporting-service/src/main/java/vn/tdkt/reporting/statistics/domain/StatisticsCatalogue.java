package vn.tdkt.reporting.statistics.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.platform.domain.DomainException;

/** The circulars and their forms (data), and which forms a reporting year must use. */
public record StatisticsCatalogue(List<Circular> circulars, Map<String, String> unknownReasons) {

    /** The forms of one reporting year, with what is uncertain about them. */
    public record YearForms(int year, Circular circular, List<FormDefinition> forms, List<String> warnings) {

        public Optional<FormDefinition> form(String key) {
            return forms.stream().filter(f -> f.key().equals(key) || f.code().startsWith(key + ".")
                    || f.code().equals(key)).findFirst();
        }
    }

    public StatisticsCatalogue {
        circulars = List.copyOf(circulars);
        unknownReasons = Map.copyOf(unknownReasons);
    }

    /**
     * The circular in force on the year's due date (the latest to take effect wins), and a warning for every circular
     * signed by the end of the year whose application cannot be established from the data (unknown effective date or
     * forms): the year's report may fall under it instead.
     */
    public YearForms forYear(int year) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("statistics.year-invalid", year);
        }
        Circular applies = circulars.stream().filter(c -> c.appliesTo(year))
                .max(Comparator.comparing(Circular::effectiveFrom)).orElse(null);
        List<String> warnings = new ArrayList<>();
        for (Circular circular : circulars) {
            boolean uncertain = !circular.formsKnown() || circular.effectiveFrom() == null;
            if (uncertain && circular.signedOn() != null && circular.signedOn().getYear() <= year) {
                warnings.add(circular.number() + ": " + circular.verification());
            }
        }
        if (applies == null) {
            warnings.add("Không có thông tư nào trong dữ liệu quy định biểu thống kê thi đua, khen thưởng cho năm "
                    + year + ".");
            return new YearForms(year, null, List.of(), warnings);
        }
        return new YearForms(year, applies, applies.forms(), warnings);
    }

    public String unknownReason(String key) {
        return unknownReasons.getOrDefault(key, key);
    }
}
