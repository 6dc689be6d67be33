package vn.tdkt.plan.unit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.tdkt.platform.domain.DomainException;

/**
 * What the registry knows about a unit (everything but its bookkeeping).
 *
 * @param successorCode the unit that took over when this one was dissolved or merged (2025 reorganisation)
 */
public record UnitData(String code, String name, List<String> aliases, UnitKind kind, String parentCode, Head head,
                       Contacts contacts, LocalDate activeFrom, LocalDate activeTo, String successorCode) {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{1,39}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public UnitData {
        aliases = aliases == null ? List.of() : aliases.stream().filter(alias -> alias != null && !alias.isBlank())
                .map(String::strip).distinct().toList();
        head = head == null ? new Head(null, null, null) : head;
        contacts = contacts == null ? new Contacts(null, null) : contacts;
    }

    /** Người đứng đầu: receives escalations. */
    public record Head(String name, String title, String email) {
    }

    public record Contacts(String email, String webhookUrl) {
    }

    /** The rule violations of this entry, as message keys with arguments; empty when valid. */
    public List<Violation> violations() {
        List<Violation> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new Violation("unit.code-invalid", code));
        }
        if (name == null || name.isBlank()) {
            problems.add(new Violation("unit.name-missing"));
        }
        if (kind == null) {
            problems.add(new Violation("unit.kind-missing"));
        }
        if (head.email() != null && !EMAIL.matcher(head.email()).matches()) {
            problems.add(new Violation("unit.email-invalid", head.email()));
        }
        if (contacts.email() != null && !EMAIL.matcher(contacts.email()).matches()) {
            problems.add(new Violation("unit.email-invalid", contacts.email()));
        }
        if (contacts.webhookUrl() != null && !contacts.webhookUrl().matches("^https?://\\S+$")) {
            problems.add(new Violation("unit.webhook-invalid", contacts.webhookUrl()));
        }
        if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
            problems.add(new Violation("unit.period-invalid", activeFrom, activeTo));
        }
        if (kind == UnitKind.DISTRICT && (activeTo == null || activeTo.isAfter(UnitKind.DISTRICT_LEVEL_LAST_DAY))) {
            problems.add(new Violation("unit.district-abolished", code, UnitKind.DISTRICT_LEVEL_LAST_DAY));
        }
        if (code != null && (code.equals(parentCode) || code.equals(successorCode))) {
            problems.add(new Violation("unit.self-reference", code));
        }
        return problems;
    }

    public void requireValid() {
        List<Violation> problems = violations();
        if (!problems.isEmpty()) {
            Violation first = problems.get(0);
            throw DomainException.invalid(first.code(), first.args().toArray());
        }
    }

    /** Field names that differ from {@code other}. */
    public List<String> changedFields(UnitData other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", name, other.name);
        compare(changed, "aliases", aliases, other.aliases);
        compare(changed, "kind", kind, other.kind);
        compare(changed, "parentCode", parentCode, other.parentCode);
        compare(changed, "headName", head.name(), other.head.name());
        compare(changed, "headTitle", head.title(), other.head.title());
        compare(changed, "headEmail", head.email(), other.head.email());
        compare(changed, "email", contacts.email(), other.contacts.email());
        compare(changed, "webhookUrl", contacts.webhookUrl(), other.contacts.webhookUrl());
        compare(changed, "activeFrom", activeFrom, other.activeFrom);
        compare(changed, "activeTo", activeTo, other.activeTo);
        compare(changed, "successorCode", successorCode, other.successorCode);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(field);
        }
    }

    public record Violation(String code, List<Object> args) {
        public Violation(String code, Object... args) {
            this(code, java.util.Arrays.asList(args));
        }
    }
}
