package vn.tdkt.plan.unit.web;

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
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.problem.Problems;

/** The org-unit registry. Every authenticated caller reads it; Sở Nội vụ officers and admins write. */
@RestController
@RequestMapping("/api/v1/units")
public class UnitController {

    private final UnitDirectory directory;
    private final UnitService units;
    private final Problems problems;
    private final Clock clock;

    public UnitController(UnitDirectory directory, UnitService units, Problems problems, Clock clock) {
        this.directory = directory;
        this.units = units;
        this.problems = problems;
        this.clock = clock;
    }

    public record UnitRequest(@NotBlank String code, @NotBlank String name, List<String> aliases,
                              @NotNull UnitKind kind, String parentCode, UnitData.Head head,
                              UnitData.Contacts contacts, LocalDate activeFrom, LocalDate activeTo,
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

    @GetMapping
    public List<UnitView> search(TdktPrincipal caller, @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) String parent, @RequestParam(required = false) String name) {
        LocalDate today = LocalDate.now(clock);
        return directory.search(kind, parent, name).stream().map(unit -> UnitView.of(unit, today)).toList();
    }

    @GetMapping("/{code}")
    public ResponseEntity<UnitView> get(TdktPrincipal caller, @PathVariable String code) {
        return ETags.ok(directory.get(code), this::view);
    }

    @PostMapping
    public ResponseEntity<UnitView> register(TdktPrincipal caller, @Valid @RequestBody UnitRequest request) {
        Versioned<OrgUnit> created = units.register(caller, request.toData(null));
        return ETags.created(URI.create("/api/v1/units/" + created.value().code()), created, this::view);
    }

    @PutMapping("/{code}")
    public ResponseEntity<UnitView> change(TdktPrincipal caller, @PathVariable String code, IfMatch ifMatch,
            @Valid @RequestBody UnitRequest request) {
        return ETags.ok(units.change(caller, code, ifMatch, request.toData(code)), this::view);
    }

    /** CSV registry import (text/csv with a header row): all lines are validated before anything is written. */
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
