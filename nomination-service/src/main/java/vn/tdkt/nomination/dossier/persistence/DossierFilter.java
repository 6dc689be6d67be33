package vn.tdkt.nomination.dossier.persistence;

import java.util.Collection;
import java.util.Set;
import vn.tdkt.nomination.dossier.domain.DossierStatus;

/**
 * A list filter; {@code null} fields do not filter. {@code hiddenImports} are imports not yet confirmed, whose
 * dossiers nobody may see.
 */
public record DossierFilter(String unitCode, DossierStatus status, Integer year, String batchId, String assignee,
        Collection<String> hiddenImports) {

    public DossierFilter {
        hiddenImports = hiddenImports == null ? Set.of() : Set.copyOf(hiddenImports);
    }
}
