package vn.tdkt.reporting.report.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.platform.domain.DomainException;

/**
 * What a report asks for besides its file: structured figures (movements launched, dossiers sent, awards by form
 * and level...). Templates are data ({@code report/templates.yml}); an obligation keeps a copy of the template it
 * was defined with, so a later change of the data never changes a report already asked for.
 */
public record ReportTemplate(String code, String title, String citation, List<Figure> figures) {

    /**
     * @param unit     the unit of measure shown next to the figure (phong trào, hồ sơ, lượt, đồng)
     * @param required a submission without it is refused
     */
    public record Figure(String code, String label, String unit, boolean required) {
    }

    public ReportTemplate {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** Refuses figures the template does not know, required figures missing and negative values. */
    public void validate(Map<String, Long> values) {
        Set<String> known = new HashSet<>();
        for (Figure figure : figures) {
            known.add(figure.code());
            if (figure.required() && values.get(figure.code()) == null) {
                throw DomainException.invalid("report.figure-missing", figure.code(), figure.label());
            }
        }
        List<String> unknown = new ArrayList<>();
        values.forEach((code, value) -> {
            if (!known.contains(code)) {
                unknown.add(code);
            } else if (value != null && value < 0) {
                throw DomainException.invalid("report.figure-negative", code);
            }
        });
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("report.figure-unknown", String.join(", ", unknown.stream().sorted().toList()));
        }
    }

    /** Every figure of the template was given (optional ones included): the report is complete. */
    public boolean isComplete(Map<String, Long> values) {
        return figures.stream().allMatch(figure -> values.get(figure.code()) != null);
    }
}
