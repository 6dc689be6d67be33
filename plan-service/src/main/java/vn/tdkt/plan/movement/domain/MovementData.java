package vn.tdkt.plan.movement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tdkt.platform.domain.DomainException;

/**
 * What Sở Nội vụ sets for a movement.
 *
 * @param directive      the launching document, e.g. "Chỉ thị 01/CT-UBND"
 * @param planId         the plan the movement implements, if any
 * @param participants   codes of the participating units
 * @param awardForms     award form codes offered (the award catalogue's codes: CO_TINH, BK_TINH…)
 * @param quotas         per-unit caps; a unit without a quota for a form is not capped
 * @param nominationFrom first day dossiers are accepted
 * @param nominationTo   last day dossiers are accepted
 */
public record MovementData(String name, MovementKind kind, String directive, LocalDate periodFrom, LocalDate periodTo,
                           String planId, List<String> participants, List<String> awardForms, List<Quota> quotas,
                           LocalDate nominationFrom, LocalDate nominationTo, ReceivingDesk receivingDesk) {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{1,39}$");

    public MovementData {
        name = name == null ? null : name.strip();
        directive = directive == null || directive.isBlank() ? null : directive.strip();
        planId = planId == null || planId.isBlank() ? null : planId.strip();
        participants = participants == null ? List.of()
                : participants.stream().filter(code -> code != null && !code.isBlank()).map(String::strip).distinct()
                        .toList();
        awardForms = awardForms == null ? List.of()
                : awardForms.stream().filter(code -> code != null && !code.isBlank()).map(String::strip).distinct()
                        .toList();
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        if (receivingDesk != null && blank(receivingDesk.unitCode()) && blank(receivingDesk.text())) {
            receivingDesk = null;
        }
    }

    /** Throws the first rule broken, as an INVALID domain exception (400). */
    public void requireValid() {
        if (blank(name)) {
            throw DomainException.invalid("movement.name-missing");
        }
        if (kind == null) {
            throw DomainException.invalid("movement.kind-missing");
        }
        if (periodFrom == null || periodTo == null) {
            throw DomainException.invalid("movement.period-missing");
        }
        if (periodTo.isBefore(periodFrom)) {
            throw DomainException.invalid("movement.period-invalid", periodFrom, periodTo);
        }
        if ((nominationFrom == null) != (nominationTo == null)
                || nominationFrom != null && nominationTo.isBefore(nominationFrom)) {
            throw DomainException.invalid("movement.window-invalid", String.valueOf(nominationFrom),
                    String.valueOf(nominationTo));
        }
        for (String code : awardForms) {
            if (!CODE.matcher(code).matches()) {
                throw DomainException.invalid("movement.award-code-invalid", code);
            }
        }
        Set<String> seen = new HashSet<>();
        for (Quota quota : quotas) {
            if (quota == null || blank(quota.unitCode()) || blank(quota.awardCode()) || quota.max() < 0) {
                throw DomainException.invalid("movement.quota-invalid", quota == null ? null : quota.unitCode(),
                        quota == null ? null : quota.awardCode(), quota == null ? null : quota.max());
            }
            if (!participants.contains(quota.unitCode())) {
                throw DomainException.invalid("movement.quota-unit-not-participant", quota.unitCode(), quota.awardCode());
            }
            if (!awardForms.contains(quota.awardCode())) {
                throw DomainException.invalid("movement.quota-award-not-offered", quota.unitCode(), quota.awardCode());
            }
            if (!seen.add(quota.unitCode() + "\u0000" + quota.awardCode())) {
                throw DomainException.invalid("movement.quota-duplicate", quota.unitCode(), quota.awardCode());
            }
        }
    }

    /** What a launch additionally needs: someone to take part, something to award, a nomination window. */
    List<String> missingForLaunch() {
        List<String> missing = new ArrayList<>();
        if (participants.isEmpty()) {
            missing.add("movement.participants-missing");
        }
        if (awardForms.isEmpty()) {
            missing.add("movement.award-forms-missing");
        }
        if (nominationFrom == null) {
            missing.add("movement.window-missing");
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
