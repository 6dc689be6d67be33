package vn.tdkt.plan.importing.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.tdkt.plantext.UnitNameMatcher;
import vn.tdkt.plan.importing.domain.ImportedPlan;
import vn.tdkt.plan.importing.domain.NameResolution;
import vn.tdkt.plan.importing.domain.NameRole;
import vn.tdkt.plan.importing.domain.UnitMapping;
import vn.tdkt.plan.plan.domain.PlanContent;
import vn.tdkt.plan.plan.domain.PlanKind;
import vn.tdkt.plan.plan.domain.TaskInput;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.platform.text.TextNormalizer;
import vn.tdkt.plantext.Recurrence;

/**
 * Turns a stored preview into the input of the core's plan creation: the plan content and one task input per
 * appendix row and per recurring duty and unit. Pure: it only reads the preview and the officer's choices, and
 * reports every name that still has no unit code instead of failing on the first.
 *
 * <p>Recurring duties become series through the core's recurrence support: the period text "Hằng quý" yields four
 * tasks, "Hằng tháng" twelve, "Định kỳ 6 tháng" two; a yearly duty is one task due at year end (or on the date its
 * text names, "trước ngày 10/12"); a reporting duty whose rhythm is set elsewhere ("định kỳ báo cáo … theo quy
 * định") is one ongoing task whose evidence is a report.
 */
public final class PlanDraftAssembler {

    static final String REPORT_OBLIGATION_PERIOD = "Định kỳ (theo quy định)";
    private static final Pattern DEADLINE = Pattern.compile("truoc ngay (\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?");

    /** What the officer decided when confirming. */
    public record Choices(List<UnitMapping> mappings, List<String> ignoredNames, String issuerUnit, PlanKind kind,
                          String parentPlanId) {
        public Choices {
            mappings = mappings == null ? List.of() : List.copyOf(mappings);
            ignoredNames = ignoredNames == null ? List.of() : List.copyOf(ignoredNames);
        }

        public static Choices none() {
            return new Choices(List.of(), List.of(), null, null, null);
        }
    }

    /** The plan to create, or what prevents it (both lists empty means it can be created). */
    public record Assembly(PlanContent content, List<TaskInput> tasks,
                           List<ImportNotConfirmableException.UnresolvedName> unresolved, List<String> missingFields) {
        public boolean isComplete() {
            return unresolved.isEmpty() && missingFields.isEmpty();
        }
    }

    private final ImportedPlan plan;
    private final NameResolution issuer;
    private final Map<String, NameResolution> byWritten = new LinkedHashMap<>();
    private final Map<String, String> mapped = new LinkedHashMap<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private final Choices choices;
    private final Map<String, Blocker> blockers = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();

    public PlanDraftAssembler(ImportedPlan plan, NameResolution issuer, List<NameResolution> names, Choices choices) {
        this.plan = plan;
        this.issuer = issuer;
        this.choices = choices;
        names.forEach(name -> byWritten.put(name.written(), name));
        choices.mappings().forEach(m -> mapped.put(UnitNameMatcher.key(m.written()), m.code()));
        choices.ignoredNames().forEach(name -> ignored.add(UnitNameMatcher.key(name)));
    }

    public Assembly assemble() {
        ImportedPlan.Header header = plan.header();
        if (blank(header.number())) {
            missing.add("header.number");
        }
        if (blank(header.title())) {
            missing.add("header.title");
        }
        if (header.year() == null) {
            missing.add("header.year");
        }
        int year = header.year() == null ? 0 : header.year();
        String issuerUnit = issuerUnit();
        List<TaskInput> tasks = new ArrayList<>();
        for (ImportedPlan.Task task : plan.tasks()) {
            String row = task.groupNumeral().isEmpty() ? String.valueOf(task.rowNumber())
                    : task.groupNumeral() + "." + task.rowNumber();
            if (blank(task.content())) {
                missing.add("tasks[" + row + "].content");
            }
            String lead = null;
            if (blank(task.leadUnit())) {
                missing.add("tasks[" + row + "].leadUnit");
            } else {
                lead = code(task.leadUnit(), NameRole.LEAD, task.lineNumber());
            }
            List<String> coordinators = new ArrayList<>();
            for (String written : task.coordinatingUnits()) {
                if (ignored.contains(UnitNameMatcher.key(written))) {
                    continue;
                }
                String code = code(written, NameRole.COORDINATOR, task.lineNumber());
                if (code != null && !coordinators.contains(code)) {
                    coordinators.add(code);
                }
            }
            tasks.add(new TaskInput(null, task.content(), periodText(task), null, lead, coordinators,
                    EvidenceGuess.of(task.content())));
        }
        for (ImportedPlan.RecurringDuty duty : plan.recurringDuties()) {
            for (String written : duty.units()) {
                String lead = code(written, NameRole.RECURRING, duty.lineNumber());
                tasks.add(recurringTask(duty, lead, year));
            }
        }
        List<PlanContent.Responsibility> responsibilities = plan.responsibilities().stream().map(r -> {
            String code = resolvedCode(r.unitName());
            return new PlanContent.Responsibility(code, code == null ? r.unitName() : null, r.duties());
        }).toList();
        PlanContent content = new PlanContent(header.number(), header.date(), issuerUnit, signer(), header.title(), year,
                kind(), choices.parentPlanId(),
                plan.legalBases().stream().map(b -> new PlanContent.LegalBasisRef(b.documentNumber(), b.date(), b.text(),
                        b.documentKind(), b.issuer()))
                        .toList(),
                plan.sections().stream().map(PlanDraftAssembler::section).toList(), responsibilities, plan.recipients());
        List<ImportNotConfirmableException.UnresolvedName> unresolved = blockers.entrySet().stream()
                .map(entry -> entry.getValue().toUnresolved(entry.getKey())).toList();
        return new Assembly(content, tasks, unresolved, List.copyOf(missing));
    }

    private String issuerUnit() {
        if (!blank(choices.issuerUnit())) {
            return choices.issuerUnit();
        }
        if (issuer != null && issuer.isResolved()) {
            return issuer.code();
        }
        String written = issuer == null || issuer.written() == null ? header() : issuer.written();
        String code = mapped.get(UnitNameMatcher.key(written));
        if (code != null) {
            return code;
        }
        blocker(written, NameRole.ISSUER, 0, issuer);
        return null;
    }

    private String header() {
        return plan.header().issuer() == null ? "(cơ quan ban hành)" : plan.header().issuer();
    }

    private PlanKind kind() {
        if (choices.kind() != null) {
            return choices.kind();
        }
        String title = TextNormalizer.fold(plan.header().title() == null ? "" : plan.header().title());
        return title.contains("chuyen de") ? PlanKind.THEMATIC : PlanKind.ANNUAL;
    }

    private PlanContent.Signer signer() {
        ImportedPlan.Signer signer = plan.signer();
        if (signer == null) {
            return null;
        }
        String title = signer.authority() == null ? signer.title()
                : signer.title() == null ? signer.authority() : signer.authority() + " / " + signer.title();
        return new PlanContent.Signer(signer.name(), title);
    }

    /** The registry code for a written name: the officer's mapping first, then the registry match. */
    private String code(String written, NameRole role, int line) {
        String code = resolvedCode(written);
        if (code == null) {
            blocker(written, role, line, byWritten.get(written));
        }
        return code;
    }

    private String resolvedCode(String written) {
        String code = mapped.get(UnitNameMatcher.key(written));
        if (code != null) {
            return code;
        }
        NameResolution resolution = byWritten.get(written);
        return resolution != null && resolution.isResolved() ? resolution.code() : null;
    }

    private void blocker(String written, NameRole role, int line, NameResolution resolution) {
        Blocker blocker = blockers.computeIfAbsent(written, name -> new Blocker(resolution));
        blocker.roles.add(role.name());
        if (line > 0) {
            blocker.lines.add(line);
        }
    }

    private static String periodText(ImportedPlan.Task task) {
        if (task.periodText() != null) {
            return task.periodText();
        }
        if ("QUARTER".equals(task.groupKind()) && task.quarter() != null) {
            return "Trong quý " + Recurrence.roman(task.quarter());
        }
        if ("ONGOING".equals(task.groupKind())) {
            return "Thường xuyên";
        }
        return null;
    }

    private static TaskInput recurringTask(ImportedPlan.RecurringDuty duty, String lead, int year) {
        String content = capitalise(duty.dutyText());
        EvidenceKind evidence = EvidenceGuess.of(duty.dutyText());
        Recurrence recurrence = Recurrence.valueOf(duty.frequency());
        return switch (recurrence) {
            case MONTHLY, QUARTERLY, SEMI_ANNUAL ->
                    new TaskInput(null, content, recurrence.label(), null, lead, List.of(), evidence);
            case ANNUAL -> new TaskInput(null, content, "Năm " + year, deadline(duty.dutyText(), year), lead,
                    List.of(), evidence);
            case REPORT_OBLIGATION ->
                    new TaskInput(null, content, REPORT_OBLIGATION_PERIOD, null, lead, List.of(), EvidenceKind.REPORT);
        };
    }

    /** "… trước ngày 10/12" in a yearly duty: its due date in the plan year. */
    static LocalDate deadline(String text, int year) {
        Matcher m = DEADLINE.matcher(TextNormalizer.fold(text == null ? "" : text));
        if (!m.find() || year == 0) {
            return null;
        }
        try {
            int y = m.group(3) == null ? year : Integer.parseInt(m.group(3));
            return LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static PlanContent.Section section(ImportedPlan.Section section) {
        String number = section.number() == null ? "" : section.number();
        String heading = number.isEmpty() ? section.title()
                : "POINT".equals(section.level()) ? number + ") " + section.title() : number + ". " + section.title();
        String text = section.blocks().stream()
                .map(block -> block.bullet() ? block.marker() + " " + block.text() : block.text())
                .collect(Collectors.joining("\n"));
        return new PlanContent.Section(heading, text,
                section.subsections().stream().map(PlanDraftAssembler::section).toList());
    }

    static String capitalise(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return stripped;
        }
        int first = stripped.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(stripped.substring(Character.charCount(first))).toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static final class Blocker {
        final Set<String> roles = new LinkedHashSet<>();
        final Set<Integer> lines = new TreeSet<>();
        final NameResolution resolution;

        Blocker(NameResolution resolution) {
            this.resolution = resolution;
        }

        ImportNotConfirmableException.UnresolvedName toUnresolved(String written) {
            return new ImportNotConfirmableException.UnresolvedName(written, List.copyOf(roles),
                    resolution == null ? "UNRESOLVED" : resolution.status().name(),
                    resolution == null ? List.of() : resolution.candidates(), List.copyOf(lines));
        }
    }
}
