package vn.tdkt.plan.unit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.plan.unit.application.UnitDirectory;
import vn.tdkt.plan.unit.application.UnitService;
import vn.tdkt.plan.unit.domain.OrgUnit;
import vn.tdkt.plan.unit.domain.UnitData;
import vn.tdkt.plan.unit.domain.UnitKind;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.problem.Problems;
import lombok.RequiredArgsConstructor;

/** The org-unit registry. Every authenticated caller reads it; Sở Nội vụ officers and admins write. */
@Tag(name = "Đơn vị (units)", description = "Danh bạ cơ quan, đơn vị của tỉnh: mã, tên và bí danh, loại, đơn vị cấp "
        + "trên, thủ trưởng, địa chỉ nhận thông báo và đơn vị kế thừa sau sắp xếp năm 2025. Mọi người dùng đã xác "
        + "thực đều đọc được; Sở Nội vụ và quản trị viên cập nhật. — The province's org-unit registry: codes, names "
        + "and aliases, kinds, parents, heads, contacts and the successors of units merged in 2025. Every "
        + "authenticated caller reads it; SNV_OFFICER and ADMIN maintain it.")
@RestController
@RequestMapping("/api/v1/units")
@RequiredArgsConstructor
public class UnitController {

    private final UnitDirectory directory;
    private final UnitService units;
    private final Problems problems;
    private final Clock clock;

    /**
     * A unit as the registry keeps it.
     *
     * @param code          the unit's code (ignored on a change: the path names the unit)
     * @param name          the official name
     * @param aliases       other names documents use for it; searches and plan imports match them
     * @param kind          the kind of unit
     * @param parentCode    the code of the unit above it
     * @param head          the unit's head: name, title and e-mail (escalations go there)
     * @param contacts      the desk's e-mail for notices, and a webhook URL for the unit's own system
     * @param activeFrom    the first day the unit operates
     * @param activeTo      the last day it operates (a unit merged or dissolved in 2025)
     * @param successorCode the unit that took over its work
     */
    public record UnitRequest(
            @NotBlank @Schema(example = "SVHTTDL") String code,
            @NotBlank @Schema(example = "Sở Văn hóa, Thể thao và Du lịch") String name,
            @Schema(example = "[\"Sở VHTTDL\", \"Sở Văn hóa\"]") List<String> aliases,
            @NotNull @Schema(example = "DEPARTMENT") UnitKind kind,
            @Schema(example = "UBND") String parentCode,
            UnitData.Head head,
            UnitData.Contacts contacts,
            LocalDate activeFrom,
            LocalDate activeTo,
            String successorCode) {
        UnitData toData(String pathCode) {
            return new UnitData(pathCode == null ? code : pathCode, name, aliases, kind, parentCode, head, contacts,
                    activeFrom, activeTo, successorCode);
        }
    }

    public record UnitView(String code, String name, String nameKey, List<String> aliases, UnitKind kind,
                           String kindLabel, String parentCode, UnitData.Head head, UnitData.Contacts contacts,
                           LocalDate activeFrom, LocalDate activeTo, String successorCode, boolean active) {
        static UnitView of(OrgUnit unit, LocalDate today) {
            UnitData d = unit.data();
            return new UnitView(unit.code(), d.name(), unit.nameKey(), d.aliases(), d.kind(), d.kind().label(),
                    d.parentCode(), d.head(), d.contacts(), d.activeFrom(), d.activeTo(), d.successorCode(),
                    unit.isActiveOn(today));
        }
    }

    /**
     * Searches the org-unit registry.
     * <p>The filters combine; without any, every unit is listed. {@code name} matches a fragment of the name or of an
     * alias, ignoring case and Vietnamese diacritics ({@code "giao duc"} finds Sở Giáo dục và Đào tạo). Any
     * authenticated caller may read the registry.
     *
     * @param kind   only units of this kind
     * @param parent only the direct sub-units of this unit code
     * @param name   a fragment of the name or of an alias, case and diacritics ignored
     * @return the matching units; {@code active} tells whether a unit is in operation today
     */
    @PreAuthorize(Roles.ANY_TOKEN)
    @GetMapping
    public List<UnitView> search(TdktPrincipal caller, @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) String parent, @RequestParam(required = false) String name) {
        LocalDate today = LocalDate.now(clock);
        return directory.search(kind, parent, name).stream().map(unit -> UnitView.of(unit, today)).toList();
    }

    /**
     * Reads one unit by its code.
     * <p>Any authenticated caller may read it. The {@code ETag} header carries the unit's version: send it back as
     * {@code If-Match} when changing the unit. A unknown code answers 404.
     *
     * @param code the unit's code, e.g. {@code SGDDT}
     * @return the unit, with its version as the {@code ETag} header
     */
    @PreAuthorize(Roles.ANY_TOKEN)
    @GetMapping("/{code}")
    public ResponseEntity<UnitView> get(TdktPrincipal caller, @PathVariable String code) {
        return ETags.ok(directory.get(code), this::view);
    }

    /**
     * Registers a new unit.
     * <p>SNV_OFFICER or ADMIN only (403 otherwise). The parent and the successor must be registered units (400
     * {@code unit.unknown}); a code already taken answers 409 {@code unit.exists}. Publishes {@code unit-registered},
     * which the other services use to name the unit and to address its notices.
     *
     * @return the unit as registered, with its {@code Location} and {@code ETag}
     */
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    @PostMapping
    public ResponseEntity<UnitView> register(TdktPrincipal caller, @Valid @RequestBody UnitRequest request) {
        Versioned<OrgUnit> created = units.register(caller, request.toData(null));
        return ETags.created(URI.create("/api/v1/units/" + created.value().code()), created, this::view);
    }

    /**
     * Changes a unit's data.
     * <p>SNV_OFFICER or ADMIN only. The body replaces the unit's data; the code in the path cannot change (400
     * {@code unit.code-immutable}). Send the {@code ETag} of your last read as {@code If-Match}: if someone changed the
     * unit since, the answer is 412 and nothing changes. Publishes {@code unit-changed} with the changed fields.
     *
     * @param code the unit's code
     * @return the changed unit with its new {@code ETag}
     */
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    @PutMapping("/{code}")
    public ResponseEntity<UnitView> change(TdktPrincipal caller, @PathVariable String code, IfMatch ifMatch,
            @Valid @RequestBody UnitRequest request) {
        return ETags.ok(units.change(caller, code, ifMatch, request.toData(code)), this::view);
    }

    /**
     * Imports units from a CSV file, all or nothing.
     * <p>SNV_OFFICER or ADMIN only. The body is UTF-8 CSV ({@code text/csv}) with a header row:
     * {@code code, name, kind, parentCode, aliases} (separated by {@code |}), {@code headName, headTitle, headEmail,
     * email, webhookUrl, activeFrom, activeTo, successorCode}. Every line is checked before anything is written: if one
     * line is wrong, nothing is imported and the 400 problem lists each line with its errors ({@code lines}). A unit
     * that exists is updated, one that does not is registered, an identical one is left as it is.
     *
     * @return how many units were created, updated and unchanged, and the outcome of each line
     */
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    @PostMapping(value = "/import", consumes = {"text/csv", "text/plain"})
    public UnitService.ImportReport importCsv(TdktPrincipal caller, @RequestBody String csv) {
        return units.importCsv(caller, csv);
    }

    @ExceptionHandler(UnitService.ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(UnitService.ImportRejected e) {
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, e.code(), e.args());
        problem.setProperty("lines", e.report().lines());
        return ResponseEntity.badRequest().body(problem);
    }

    private UnitView view(OrgUnit unit) {
        return UnitView.of(unit, LocalDate.now(clock));
    }
}
