package vn.tdkt.plan.importing.application;

import java.util.List;
import lombok.Getter;

/**
 * The preview cannot become a plan yet: some unit names have no registry code (every task needs a lead unit, every
 * coordinating unit must be known) or the header lacks what a plan requires. Nothing was written. The web layer
 * answers 422 with the list, so the officer can map the names and confirm again.
 */
public class ImportNotConfirmableException extends RuntimeException {

    @Getter
    private final List<UnresolvedName> unresolved;
    @Getter
    private final List<String> missingFields;

    public ImportNotConfirmableException(List<UnresolvedName> unresolved, List<String> missingFields) {
        super("unresolved " + unresolved.stream().map(UnresolvedName::name).toList() + ", missing " + missingFields);
        this.unresolved = List.copyOf(unresolved);
        this.missingFields = List.copyOf(missingFields);
    }

    /**
     * A name that blocks the confirmation.
     *
     * @param roles      where it is used (LEAD, COORDINATOR, RECURRING, ISSUER)
     * @param status     UNRESOLVED or AMBIGUOUS
     * @param candidates codes to choose from when ambiguous
     * @param lines      1-based lines where it is written
     */
    public record UnresolvedName(String name, List<String> roles, String status, List<String> candidates,
                                 List<Integer> lines) {
    }
}
