package vn.tdkt.nomination.facts.holds.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.facts.holds.application.DisciplineService;
import vn.tdkt.nomination.facts.holds.domain.Discipline;
import vn.tdkt.nomination.facts.web.SubjectParams;
import vn.tdkt.nomination.facts.web.SubjectView;
import vn.tdkt.nomination.rules.domain.DisciplineLevel;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(DisciplineController.BASE)
@Tag(name = "Kỷ luật (disciplines)", description = "Sổ kỷ luật đã có kết luận của cá nhân (khiển trách, cảnh cáo, hạ "
        + "bậc lương, giáng chức, cách chức, buộc thôi việc) mà các quy tắc R-GEN-06, R-LDTT-02, R-CH-01 đọc. — The "
        + "register of concluded disciplines that rules R-GEN-06, R-LDTT-02 and R-CH-01 read.")
@RequiredArgsConstructor
public class DisciplineController {

    static final String BASE = "/api/v1/disciplines";

    private final DisciplineService disciplines;

    /**
     * A concluded discipline.
     *
     * @param subject     who was disciplined
     * @param level       the measure
     * @param from        the first day it applies
     * @param to          end of the discipline period ({@code null}: not ended)
     * @param decisionRef number and date of the disciplinary decision
     * @param reason      the violation
     */
    public record DisciplineRequest(@NotNull @Valid SubjectParams.SubjectRequest subject,
            @NotNull @Schema(example = "KHIEN_TRACH") DisciplineLevel level,
            @NotNull @Schema(example = "2025-06-10") LocalDate from,
            @Schema(example = "2026-06-09") LocalDate to,
            @NotBlank @Schema(example = "Quyết định số 88/QĐ-SGDĐT ngày 10/6/2025") String decisionRef,
            String reason) {
    }

    /**
     * Records a concluded discipline.
     * <p>SNV_OFFICER or ADMIN. The level, the first day and the disciplinary decision are required; {@code to} may be
     * left open, and must not be before {@code from} (400 {@code discipline.to-before-from}).
     *
     * @return 201 with the discipline, its {@code Location} and {@code ETag}
     */
    @PostMapping
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    public ResponseEntity<DisciplineView> record(TdktPrincipal caller,
            @Valid @RequestBody DisciplineRequest request) {
        Versioned<Discipline> created = disciplines.record(caller, SubjectParams.of(request.subject()),
                request.level(), request.from(), request.to(), request.decisionRef(), request.reason());
        return ETags.created(URI.create(BASE + "/" + created.value().id()), created, DisciplineView::of);
    }

    /**
     * Lists disciplines by unit or subject.
     * <p>A unit officer reads their own unit's; SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN all.
     *
     * @param unit       the subject's unit
     * @param nationalId the person's national ID
     * @param name       the person's full name
     * @param birthDate  the person's date of birth, with {@code name}
     * @param page       the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of disciplines with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<DisciplineView> list(TdktPrincipal caller,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            PageQuery page) {
        return disciplines.list(caller, unit, SubjectParams.person(nationalId, name, birthDate, unit),
                page).map(DisciplineView::of);
    }

    /**
     * Reads one discipline.
     * <p>Readable as in the list; another unit's discipline answers 404.
     *
     * @param id the discipline id
     * @return the discipline
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<DisciplineView> get(TdktPrincipal caller,
            @PathVariable String id) {
        return ETags.ok(disciplines.get(caller, id), DisciplineView::of);
    }

    public record DisciplineView(String id, SubjectView subject, String level, String levelLabel, LocalDate from,
            LocalDate to, String decisionRef, String reason, String recordedBy, Instant recordedAt) {
        static DisciplineView of(Discipline d) {
            return new DisciplineView(d.id(), SubjectView.of(d.subject()), d.level().name(), d.level().label(),
                    d.from(), d.to(), d.decisionRef(), d.reason(), d.recordedBy(), d.recordedAt());
        }
    }
}
