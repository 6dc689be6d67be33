package vn.tdkt.reporting.dashboard.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.dashboard.application.DashboardQueries;
import vn.tdkt.reporting.dashboard.application.DossierItem;

/** Drill-down to one dossier of the read model, scoped like the summary. */
@RestController
@RequestMapping("/api/v1/dossier-views")
@PreAuthorize(Access.READERS)
public class DossierViewController {

    private final DashboardQueries queries;

    public DossierViewController(DashboardQueries queries) {
        this.queries = queries;
    }

    /** Where one dossier stands, and the last sequence of each event source the read model applied to it. */
    @GetMapping("/{dossierId}")
    public DossierItem one(TdktPrincipal principal, @PathVariable String dossierId) {
        return queries.dossier(principal, dossierId);
    }
}
