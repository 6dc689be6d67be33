package vn.tdkt.reporting.statistics.application;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.projection.application.UnitNames;
import vn.tdkt.reporting.report.application.ObligationService;
import vn.tdkt.reporting.report.application.ReportTemplates;
import vn.tdkt.reporting.report.domain.ObligationSource;
import vn.tdkt.reporting.report.domain.Period;
import vn.tdkt.reporting.report.domain.ReportKind;
import vn.tdkt.reporting.report.domain.ReportObligation;
import vn.tdkt.reporting.statistics.domain.FilledForm;
import vn.tdkt.reporting.statistics.domain.FormDefinition;
import vn.tdkt.reporting.statistics.domain.StatisticsCatalogue;
import vn.tdkt.reporting.support.DataFiles;

/**
 * The statutory statistical forms (R-REP-01): which apply to a reporting year, each filled from the projections as an
 * xlsx, and the yearly duty of the Sở Nội vụ to send them (due 15/12, with the report ladder). The forms are the
 * province's: province-wide readers only.
 */
@Service
@RequiredArgsConstructor
public class StatisticsService {

    static final String TEMPLATE = "THONG_KE_TDKT";

    private final StatisticsCatalogue catalogue = DataFiles.read("statistics/forms.yml", StatisticsCatalogue.class);
    private final FactSource facts;
    private final UnitNames unitNames;
    private final ObligationService obligations;
    private final ReportTemplates templates;
    private final StatisticsProperties properties;

    /** An xlsx ready to send. */
    public record Workbook(String fileName, byte[] content) {
    }

    public StatisticsCatalogue.YearForms forms(TdktPrincipal caller, int year) {
        requireProvinceReader(caller);
        return catalogue.forYear(year);
    }

    public Workbook workbook(TdktPrincipal caller, String key, int year) {
        requireProvinceReader(caller);
        StatisticsCatalogue.YearForms forms = catalogue.forYear(year);
        FormDefinition form = forms.form(key)
                .orElseThrow(() -> DomainException.notFound("statistics.form-not-found", key, year));
        var circular = forms.circular();
        FilledForm filled = FilledForm.fill(form, facts.facts(form.facts(), circular.periodFrom(year),
                circular.periodTo(year)), catalogue);
        String unit = unitNames.lookup().apply(properties.provinceUnit()) + " ("
                + unitNames.lookup().apply(properties.reportingUnit()) + ")";
        byte[] content = FormWorkbook.write(filled, circular, year, unit, forms.warnings());
        return new Workbook(form.code().replace('/', '-').replace("Đ", "D") + "-" + year + ".xlsx", content);
    }

    /**
     * The Sở Nội vụ's duty to send the year's forms, due on the circular's day (15/12): an obligation with its own
     * ladder. Idempotent (one obligation per year, id {@code statistics-<year>}); nothing when no circular applies.
     */
    public void ensureYearlyDuty(int year) {
        StatisticsCatalogue.YearForms forms = catalogue.forYear(year);
        if (forms.circular() == null) {
            return;
        }
        LocalDate due = forms.circular().dueDate(year);
        List<String> codes = forms.forms().stream().map(FormDefinition::code).toList();
        obligations.ensure("statistics-" + year, new ReportObligation.Definition(
                "Báo cáo thống kê thi đua, khen thưởng năm " + year + " (" + String.join(", ", codes) + ")",
                ReportKind.STATISTICAL, Period.year(year).value(), due, List.of(properties.reportingUnit()),
                templates.require(TEMPLATE), ObligationSource.STATISTICS, null, null,
                forms.circular().citation()), "reporting-service");
    }

    private static void requireProvinceReader(TdktPrincipal caller) {
        if (!Access.seesProvince(caller)) {
            throw DomainException.forbidden("statistics.province-only");
        }
    }
}
