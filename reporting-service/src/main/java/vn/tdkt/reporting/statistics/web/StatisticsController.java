package vn.tdkt.reporting.statistics.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.statistics.application.StatisticsService;
import vn.tdkt.reporting.statistics.domain.Circular;
import vn.tdkt.reporting.statistics.domain.StatisticsCatalogue;

/** The statutory statistical forms of a reporting year, listed and downloaded as filled xlsx (R-REP-01). */
@RestController
@RequestMapping("/api/v1/statistics/forms")
@PreAuthorize(Access.READERS)
public class StatisticsController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatisticsService statistics;

    public StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    public record FormView(String key, String code, String title, String citation, LocalDate dueDate,
            String layoutStatus, String downloadUrl) {
    }

    /**
     * @param circular the circular whose forms apply (null when none does)
     * @param warnings what is not verified about this year's forms (e.g. TT 18/2025/TT-BNV)
     */
    public record FormList(int year, String circular, String citation, LocalDate dueDate, LocalDate periodFrom,
            LocalDate periodTo, List<FormView> forms, List<String> warnings) {
    }

    @GetMapping
    public FormList list(TdktPrincipal caller, @RequestParam int year) {
        StatisticsCatalogue.YearForms forms = statistics.forms(caller, year);
        Circular circular = forms.circular();
        if (circular == null) {
            return new FormList(year, null, null, null, null, null, List.of(), forms.warnings());
        }
        LocalDate due = circular.dueDate(year);
        return new FormList(year, circular.number(), circular.citation(), due, circular.periodFrom(year),
                circular.periodTo(year),
                forms.forms().stream().map(f -> new FormView(f.key(), f.code(), f.title(), circular.citation(), due,
                        f.layoutStatus(), "/api/v1/statistics/forms/" + f.key() + "?year=" + year)).toList(),
                forms.warnings());
    }

    @GetMapping("/{code}")
    public ResponseEntity<byte[]> download(TdktPrincipal caller, @PathVariable String code, @RequestParam int year) {
        StatisticsService.Workbook workbook = statistics.workbook(caller, code, year);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(workbook.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(workbook.content());
    }
}
