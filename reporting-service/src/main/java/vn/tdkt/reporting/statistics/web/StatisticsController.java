package vn.tdkt.reporting.statistics.web;

import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.statistics.application.StatisticsService;
import vn.tdkt.reporting.statistics.domain.Circular;
import vn.tdkt.reporting.statistics.domain.StatisticsCatalogue;
import lombok.RequiredArgsConstructor;

/** The statutory statistical forms of a reporting year, listed and downloaded as filled xlsx (R-REP-01). */
@Tag(name = "Biểu mẫu thống kê (statistical forms)", description = "Các biểu mẫu thống kê thi đua, khen thưởng theo "
        + "thông tư của Bộ Nội vụ (TT 02/2023/TT-BNV, biểu 0601–0605), lập tự động thành tệp Excel từ dữ liệu khen "
        + "thưởng của kỳ báo cáo (R-REP-01). — The statutory statistical forms, filled as xlsx from the awards of "
        + "the reporting period (R-REP-01).")
@RestController
@RequestMapping("/api/v1/statistics/forms")
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class StatisticsController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatisticsService statistics;

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

    /**
     * Lists the statistical forms of a reporting year.
     * <p>LEADER, SNV_OFFICER, ADMIN and COUNCIL_MEMBER (the province's report; a unit officer gets 403
     * {@code statistics.province-only}). The answer names the circular that applies, the due date (15/12), the
     * reporting period (01/12 of the previous year to 30/11), each form with its download link, and warnings about what
     * is not verified (e.g. whether TT 18/2025/TT-BNV replaces TT 02/2023).
     *
     * @param year the reporting year
     * @return the forms and warnings
     */
    @PreAuthorize(Roles.PROVINCE_READERS)
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

    /**
     * Downloads one statistical form, filled, as xlsx.
     * <p>As the list. Cells count the awards decided in the period (revoked ones left out) and the movements launched;
     * rows the events cannot fill stay blank with a note, never a guessed zero. An unknown form answers 404.
     *
     * @param code the form's key, e.g. {@code 0601}
     * @param year the reporting year
     * @return the workbook
     */
    @PreAuthorize(Roles.PROVINCE_READERS)
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
