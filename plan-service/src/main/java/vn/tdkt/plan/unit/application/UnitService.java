package vn.tdkt.plan.unit.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.unit.domain.OrgUnit;
import vn.tdkt.plan.unit.domain.UnitCsv;
import vn.tdkt.plan.unit.domain.UnitData;
import vn.tdkt.plan.unit.persistence.UnitStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import lombok.RequiredArgsConstructor;

/** Registry writes (Sở Nội vụ officers and admins): register, change, CSV import. */
@Service
@RequiredArgsConstructor
public class UnitService {

    private final UnitStore store;

    public Versioned<OrgUnit> register(TdktPrincipal caller, UnitData data) {
        requireWriter(caller);
        data.requireValid();
        if (store.exists(data.code())) {
            throw DomainException.conflict("unit.exists", data.code());
        }
        checkReferences(data, Set.of());
        return store.insert(OrgUnit.register(data));
    }

    public Versioned<OrgUnit> change(TdktPrincipal caller, String code, VersionPrecondition expected, UnitData data) {
        requireWriter(caller);
        expected.check(store.get(code).version());
        checkReferences(data, Set.of());
        return store.update(code, expected, unit -> unit.change(data));
    }

    /** Outcome of one CSV line. */
    public record LineReport(int line, String code, String outcome, List<Map<String, Object>> errors) {
    }

    public record ImportReport(int created, int updated, int unchanged, List<LineReport> lines) {
    }

    /** Thrown (before anything is written) when any line is invalid; carries the per-line report. */
    public static class ImportRejected extends DomainException {
        private final transient ImportReport report;

        public ImportRejected(ImportReport report) {
            super(Kind.INVALID, "unit.import.invalid", report.lines().stream().filter(l -> !l.errors().isEmpty()).count());
            this.report = report;
        }

        public ImportReport report() {
            return report;
        }
    }

    public ImportReport importCsv(TdktPrincipal caller, String csv) {
        requireWriter(caller);
        return importLines(new UnitCsv().parse(csv));
    }

    /** Validates every line first (all or nothing), then creates or updates each unit. */
    public ImportReport importLines(List<UnitCsv.Line> lines) {
        Set<String> inFile = new HashSet<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        List<LineReport> reports = new ArrayList<>();
        boolean failed = false;
        for (UnitCsv.Line line : lines) {
            if (line.data() != null && line.data().code() != null) {
                inFile.add(line.data().code());
            }
        }
        for (UnitCsv.Line line : lines) {
            List<UnitData.Violation> problems = new ArrayList<>(line.problems());
            UnitData data = line.data();
            if (data != null && data.code() != null) {
                Integer previous = firstLine.putIfAbsent(data.code(), line.lineNumber());
                if (previous != null) {
                    problems.add(new UnitData.Violation("unit.import.duplicate", data.code(), previous));
                }
                try {
                    checkReferences(data, inFile);
                } catch (DomainException e) {
                    problems.add(new UnitData.Violation(e.code(), e.args().toArray()));
                }
            }
            failed |= !problems.isEmpty();
            reports.add(new LineReport(line.lineNumber(), data == null ? null : data.code(),
                    problems.isEmpty() ? "VALID" : "ERROR",
                    problems.stream().map(p -> Map.<String, Object>of("code", p.code(), "args", p.args())).toList()));
        }
        if (failed) {
            throw new ImportRejected(new ImportReport(0, 0, 0, reports));
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<LineReport> done = new ArrayList<>();
        for (UnitCsv.Line line : lines) {
            UnitData data = line.data();
            OrgUnit existing = store.find(data.code()).map(Versioned::value).orElse(null);
            String outcome;
            if (existing == null) {
                store.insert(OrgUnit.register(data));
                created++;
                outcome = "CREATED";
            } else if (data.changedFields(existing.data()).isEmpty()) {
                unchanged++;
                outcome = "UNCHANGED";
            } else {
                store.update(data.code(), VersionPrecondition.none(), unit -> unit.change(data));
                updated++;
                outcome = "UPDATED";
            }
            done.add(new LineReport(line.lineNumber(), data.code(), outcome, List.of()));
        }
        return new ImportReport(created, updated, unchanged, done);
    }

    private void checkReferences(UnitData data, Set<String> alsoKnown) {
        for (String reference : new String[] {data.parentCode(), data.successorCode()}) {
            if (reference != null && !alsoKnown.contains(reference) && !store.exists(reference)) {
                throw DomainException.invalid("unit.unknown", reference);
            }
        }
    }

    private static void requireWriter(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }
}
