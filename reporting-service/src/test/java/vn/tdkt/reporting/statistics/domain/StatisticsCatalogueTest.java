package vn.tdkt.reporting.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.reporting.support.DataFiles;

/** The forms data as a whole: which circular applies to which year, and how a form is filled. */
class StatisticsCatalogueTest {

    static final StatisticsCatalogue CATALOGUE = DataFiles.read("statistics/forms.yml", StatisticsCatalogue.class);

    @Test
    void tt022023AppliesFromItsEffectiveDateAndTt182025IsWarnedAboutFrom2025() {
        StatisticsCatalogue.YearForms y2024 = CATALOGUE.forYear(2024);
        assertThat(y2024.circular().number()).isEqualTo("02/2023/TT-BNV");
        assertThat(y2024.circular().effectiveFrom()).as("read as a date, not through the JVM zone")
                .isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(y2024.warnings()).isEmpty();
        assertThat(y2024.forms()).extracting(FormDefinition::key).containsExactly("0601", "0602", "0603", "0604",
                "0605");

        StatisticsCatalogue.YearForms y2026 = CATALOGUE.forYear(2026);
        assertThat(y2026.circular().number()).isEqualTo("02/2023/TT-BNV");
        assertThat(y2026.warnings()).singleElement().asString().startsWith("18/2025/TT-BNV:");

        assertThat(CATALOGUE.forYear(2022).forms()).as("TT 03/2018 is not in the data").isEmpty();
        assertThat(y2026.circular().periodFrom(2026)).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(y2026.circular().periodTo(2026)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(y2026.form("0603.N/BNV-TĐKT")).isPresent();
    }

    @Test
    void aFormCountsFactsByRowAndColumnWithinItsBaseAndLeavesUnknownRowsBlank() {
        FormDefinition form = CATALOGUE.forYear(2026).form("0603").orElseThrow();
        List<Fact> facts = List.of(
                fact("PROVINCE", "BANG_KHEN", "COLLECTIVE", "true"),
                fact("PROVINCE", "CO_THI_DUA", "COLLECTIVE", "false"),
                fact("PROVINCE", null, "COLLECTIVE", "false"),
                fact("UNIT", null, "INDIVIDUAL", "false"));

        FilledForm filled = FilledForm.fill(form, facts, CATALOGUE);

        assertThat(filled.rows().get(0).values()).containsExactly(2L, 1L, 0L, 1L, 0L);
        assertThat(filled.rows().get(1).values()).as("a heading row").containsOnlyNulls();
        assertThat(filled.rows().get(3).values()).as("of which enterprises").containsExactly(1L, 1L, 0L, 0L, 0L);
        assertThat(filled.rows().get(6).values()).as("position is not known").containsOnlyNulls();
        assertThat(filled.notes()).hasSize(2);
    }

    @Test
    void filtersReadTheDataFileShapes() {
        Filter filter = Filter.of(Map.of("group", List.of("A", "B"), "enterprise", true));
        assertThat(filter.matches(new Fact("x", Map.of("group", "B", "enterprise", "true")))).isTrue();
        assertThat(filter.matches(new Fact("x", Map.of("group", "C", "enterprise", "true")))).isFalse();
        assertThat(filter.matches(new Fact("x", Map.of("group", "A")))).isFalse();
        assertThat(Filter.of(null).matches(new Fact("x", Map.of()))).isTrue();
    }

    private static Fact fact(String level, String group, String subjectType, String enterprise) {
        Map<String, String> attributes = new java.util.HashMap<>(Map.of("level", level, "subjectType", subjectType,
                "subject", subjectType, "enterprise", enterprise, "proposer", "PROVINCE"));
        if (group != null) {
            attributes.put("group", group);
        }
        return new Fact("f", attributes);
    }
}
