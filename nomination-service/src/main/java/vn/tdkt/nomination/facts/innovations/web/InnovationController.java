package vn.tdkt.nomination.facts.innovations.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.facts.innovations.application.InnovationService;
import vn.tdkt.nomination.facts.innovations.domain.Innovation;
import vn.tdkt.nomination.facts.web.SubjectParams;
import vn.tdkt.nomination.facts.web.SubjectView;
import vn.tdkt.nomination.rules.domain.InnovationKind;
import vn.tdkt.nomination.rules.domain.InnovationLevel;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(InnovationController.BASE)
@Tag(name = "Sáng kiến (innovations)", description = "Sổ sáng kiến và đề tài, công trình khoa học đã được công nhận, "
        + "cùng các hồ sơ đã dùng chúng (R-GEN-02: một sáng kiến không dùng cho hai đề nghị). — The register of "
        + "recognised innovations and S&T works, and the dossiers that used them (R-GEN-02).")
@RequiredArgsConstructor
public class InnovationController {

    static final String BASE = "/api/v1/innovations";

    private final InnovationService innovations;

    /**
     * A recognised innovation; {@code id} is the register's code, generated when absent.
     *
     * @param id             the register's code; generated when left out
     * @param title          the innovation's title
     * @param kind           a sáng kiến, or a scientific work (đề tài, công trình)
     * @param level          the level of the recognising body
     * @param year           the year it is recognised for
     * @param owner          its author: a person or a unit's collective
     * @param recognisedBy   the recognising body
     * @param recognitionRef the recognition's decision
     * @param recognisedOn   the day it was recognised
     */
    public record InnovationRequest(String id,
            @NotBlank @Schema(example = "Ứng dụng bản đồ tư duy trong dạy học môn Lịch sử lớp 11") String title,
            InnovationKind kind,
            @NotNull @Schema(example = "CO_SO") InnovationLevel level,
            @NotNull @Schema(example = "2025") Integer year,
            @NotNull @Valid SubjectParams.SubjectRequest owner,
            @Schema(example = "Hội đồng sáng kiến Sở Giáo dục và Đào tạo") String recognisedBy,
            @Schema(example = "Quyết định số 301/QĐ-SGDĐT") String recognitionRef,
            @Schema(example = "2025-06-20") LocalDate recognisedOn) {
    }

    /**
     * Records a recognised innovation.
     * <p>SNV_OFFICER or ADMIN. The owner is a person (national ID, or name with date of birth and unit) or a unit's
     * collective; the level is that of the recognising body. An {@code id} already in the register answers 409
     * {@code innovation.id-taken}; without one, an id is generated. A dossier that cites the innovation marks it used.
     *
     * @return 201 with the innovation, its {@code Location} and {@code ETag}
     */
    @PostMapping
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    public ResponseEntity<InnovationView> record(TdktPrincipal caller,
            @Valid @RequestBody InnovationRequest request) {
        Versioned<Innovation> created = innovations.record(caller, request.id(), request.title(), request.kind(),
                request.level(), request.year(), SubjectParams.of(request.owner()), request.recognisedBy(),
                request.recognitionRef(), request.recognisedOn());
        return ETags.created(URI.create(BASE + "/" + created.value().id()), created, InnovationView::of);
    }

    /**
     * Lists innovations by unit, year or owner.
     * <p>A unit officer reads their own unit's; SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN all.
     *
     * @param unit       the owner's unit
     * @param year       the year it was recognised for
     * @param nationalId the owner's national ID
     * @param name       the owner's full name
     * @param birthDate  the owner's date of birth, with {@code name}
     * @param page       the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of innovations with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<InnovationView> list(TdktPrincipal caller,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String nationalId, @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            PageQuery page) {
        return innovations.list(caller, unit, year, SubjectParams.person(nationalId, name, birthDate, unit),
                page).map(InnovationView::of);
    }

    /**
     * Reads one innovation with the dossiers that used it.
     * <p>Readable as in the list; another unit's innovation answers 404.
     *
     * @param id the innovation id
     * @return the innovation and its uses
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<InnovationView> get(TdktPrincipal caller,
            @PathVariable String id) {
        return ETags.ok(innovations.get(caller, id), InnovationView::of);
    }

    /** One innovation as the API shows it; {@code usedFor} is the first dossier that used it. */
    public record InnovationView(String id, String title, String kind, String kindLabel, String level,
            String levelLabel, int year, SubjectView owner, String recognisedBy, String recognitionRef,
            LocalDate recognisedOn, String usedFor, List<Innovation.Use> uses, String recordedBy,
            Instant recordedAt) {
        static InnovationView of(Innovation i) {
            Innovation.Use first = i.firstUseOtherThan(null);
            SubjectKey owner = i.owner();
            return new InnovationView(i.id(), i.title(), i.kind().name(), i.kind().label(), i.level().name(),
                    i.level().label(), i.year(), SubjectView.of(owner), i.recognisedBy(), i.recognitionRef(),
                    i.recognisedOn(), first == null ? null : first.dossierId(), i.uses(), i.recordedBy(),
                    i.recordedAt());
        }
    }
}
