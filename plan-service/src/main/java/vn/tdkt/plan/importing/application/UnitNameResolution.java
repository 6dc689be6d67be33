package vn.tdkt.plan.importing.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.plantext.UnitMatch;
import vn.tdkt.plantext.UnitNameMatcher;
import vn.tdkt.plan.importing.domain.ImportWarningEntry;
import vn.tdkt.plan.importing.domain.ImportedPlan;
import vn.tdkt.plan.importing.domain.NameResolution;
import vn.tdkt.plan.importing.domain.NameRole;
import vn.tdkt.plan.importing.domain.ResolutionStatus;

/**
 * Resolves every unit name of an imported plan (issuer, lead and coordinating units of the appendix rows, units of
 * the organisation section and of recurring duties) with the registry's {@link UnitNameMatcher}. One entry per
 * distinct written name, with every role it plays; unresolved and ambiguous names become warnings, never dropped.
 */
final class UnitNameResolution {

    /** "01/KH-UBND" → "UBND", "15/KH-SGDĐT" → "SGDĐT": the issuer's abbreviation closes the document symbol. */
    private static final Pattern SYMBOL_SUFFIX = Pattern.compile("-([\\p{L}\\p{N}&]+)\\s*$");
    private static final Pattern SIGNING_PREFIX = Pattern.compile("^(?:TM|KT|Q|TL|TUQ)\\.\\s*", Pattern.CASE_INSENSITIVE);

    record Result(NameResolution issuer, List<NameResolution> names, List<ImportWarningEntry> warnings) {
    }

    private UnitNameResolution() {
    }

    static Result resolve(ImportedPlan plan, UnitNameMatcher matcher) {
        Map<String, Occurrences> byName = new LinkedHashMap<>();
        for (ImportedPlan.Task task : plan.tasks()) {
            note(byName, task.leadUnit(), NameRole.LEAD, task.lineNumber());
            task.coordinatingUnits().forEach(unit -> note(byName, unit, NameRole.COORDINATOR, task.lineNumber()));
        }
        for (ImportedPlan.Responsibility responsibility : plan.responsibilities()) {
            note(byName, responsibility.unitName(), NameRole.RESPONSIBILITY, responsibility.lineNumber());
        }
        for (ImportedPlan.RecurringDuty duty : plan.recurringDuties()) {
            duty.units().forEach(unit -> note(byName, unit, NameRole.RECURRING, duty.lineNumber()));
        }
        List<NameResolution> names = new ArrayList<>();
        List<ImportWarningEntry> warnings = new ArrayList<>();
        byName.forEach((written, occurrences) -> {
            NameResolution resolution = resolution(matcher.match(written), List.copyOf(occurrences.roles),
                    occurrences.firstLine);
            names.add(resolution);
            if (resolution.status() == ResolutionStatus.UNRESOLVED) {
                warnings.add(new ImportWarningEntry("UNIT_UNRESOLVED", "Đơn vị \"" + written
                        + "\" chưa có trong danh mục đơn vị; cần chọn đơn vị trước khi xác nhận.", occurrences.firstLine));
            } else if (resolution.status() == ResolutionStatus.AMBIGUOUS) {
                warnings.add(new ImportWarningEntry("UNIT_AMBIGUOUS", "Tên \"" + written + "\" khớp nhiều đơn vị ("
                        + String.join(", ", resolution.candidates()) + "); cần chọn một đơn vị.", occurrences.firstLine));
            }
        });
        for (ImportedPlan.RecurringDuty duty : plan.recurringDuties()) {
            if (duty.units().isEmpty()) {
                warnings.add(new ImportWarningEntry("RECURRING_DUTY_WITHOUT_UNIT", "Nhiệm vụ định kỳ \"" + duty.dutyText()
                        + "\" không nêu đơn vị thực hiện nên sẽ không được tạo thành nhiệm vụ.", duty.lineNumber()));
            }
        }
        NameResolution issuer = issuer(plan, matcher);
        if (!issuer.isResolved()) {
            warnings.add(new ImportWarningEntry("ISSUER_UNRESOLVED", "Chưa xác định được cơ quan ban hành"
                    + (issuer.written() == null ? "" : " \"" + issuer.written() + "\"")
                    + " trong danh mục đơn vị; cần chọn khi xác nhận.", 0));
        }
        return new Result(issuer, names, warnings);
    }

    private static NameResolution issuer(ImportedPlan plan, UnitNameMatcher matcher) {
        List<String> candidates = new ArrayList<>();
        if (plan.header().issuer() != null) {
            candidates.add(plan.header().issuer());
        }
        if (plan.header().number() != null) {
            Matcher suffix = SYMBOL_SUFFIX.matcher(plan.header().number());
            if (suffix.find()) {
                candidates.add(suffix.group(1));
            }
        }
        if (plan.signer() != null && plan.signer().authority() != null) {
            candidates.add(SIGNING_PREFIX.matcher(plan.signer().authority().strip()).replaceFirst(""));
        }
        NameResolution first = null;
        for (String candidate : candidates) {
            NameResolution resolution = resolution(matcher.match(candidate), List.of(NameRole.ISSUER), 0);
            if (resolution.isResolved()) {
                return resolution;
            }
            if (first == null) {
                first = resolution;
            }
        }
        return first != null ? first
                : new NameResolution(null, "", ResolutionStatus.UNRESOLVED, null, null, List.of(), List.of(NameRole.ISSUER), 0);
    }

    static NameResolution resolution(UnitMatch match, List<NameRole> roles, int firstLine) {
        ResolutionStatus status = match.isResolved() ? ResolutionStatus.RESOLVED
                : match.status() == vn.tdkt.plantext.MatchStatus.AMBIGUOUS ? ResolutionStatus.AMBIGUOUS
                : ResolutionStatus.UNRESOLVED;
        return new NameResolution(match.writtenName(), UnitNameMatcher.key(match.writtenName()), status,
                match.isResolved() ? match.status().name() : null, match.code(), match.candidates(), roles, firstLine);
    }

    private static void note(Map<String, Occurrences> byName, String written, NameRole role, int line) {
        if (written == null || written.isBlank()) {
            return;
        }
        Occurrences occurrences = byName.computeIfAbsent(written, name -> new Occurrences(line));
        occurrences.roles.add(role);
    }

    private static final class Occurrences {
        final Set<NameRole> roles = EnumSet.noneOf(NameRole.class);
        final int firstLine;

        Occurrences(int firstLine) {
            this.firstLine = firstLine;
        }
    }
}
