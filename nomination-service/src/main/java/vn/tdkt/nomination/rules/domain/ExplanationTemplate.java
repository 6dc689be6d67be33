package vn.tdkt.nomination.rules.domain;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.tdkt.nomination.vocabulary.domain.VietnameseDates;

/**
 * Fills a rule's explanation template: {@code {name}} takes a value by name, {@code {params.name}} a parameter.
 * Lists are joined with commas, ISO dates (alone or within text) shown as dd/MM/yyyy, decimals with the language's separator, and an
 * empty or unknown value as "—".
 */
public final class ExplanationTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");
    /** An ISO date standing alone in text (not part of a code such as HS-2026-01-05). */
    private static final Pattern ISO_DATE = Pattern.compile("(?<![A-Za-z0-9-])(\\d{4}-\\d{2}-\\d{2})(?![0-9-])");
    private static final String NOTHING = "—";

    private ExplanationTemplate() {
    }

    public static String render(String template, Map<String, ?> values, Map<String, ?> params, Locale locale) {
        if (template == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = name.startsWith("params.") ? params.get(name.substring("params.".length()))
                    : values.get(name);
            matcher.appendReplacement(out, Matcher.quoteReplacement(format(value, locale)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String format(Object value, Locale locale) {
        if (value == null) {
            return NOTHING;
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? NOTHING
                    : items.stream().map(item -> format(item, locale)).collect(Collectors.joining(", "));
        }
        if (value instanceof Double || value instanceof Float) {
            DecimalFormat decimal = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(
                    "en".equals(Rule.language(locale)) ? Locale.ENGLISH : Locale.forLanguageTag("vi")));
            return decimal.format(((Number) value).doubleValue());
        }
        String text = String.valueOf(value);
        if (text.isBlank()) {
            return NOTHING;
        }
        Matcher dates = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (dates.find()) {
            String shown;
            try {
                shown = VietnameseDates.DAY.format(LocalDate.parse(dates.group(1)));
            } catch (DateTimeParseException e) {
                shown = dates.group(1);
            }
            dates.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        dates.appendTail(out);
        return out.toString();
    }
}
