package vn.tdkt.reporting.dashboard.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.dashboard.application.DashboardQueries;
import vn.tdkt.reporting.dashboard.application.DossierItem;
import lombok.RequiredArgsConstructor;

/** Drill-down to one dossier of the read model, scoped like the summary. */
@Tag(name = "Theo dõi hồ sơ (dossier views)", description = "Hồ sơ đề nghị khen thưởng như bảng điều hành thấy, dựng "
        + "từ sự kiện của nomination-service: đang ở bước nào và đã áp dụng sự kiện nào. — A dossier as the "
        + "dashboard sees it, projected from nomination-service's events: its stage and the events applied.")
@RestController
@RequestMapping("/api/v1/dossier-views")
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class DossierViewController {

    private final DashboardQueries queries;

    /**
     * Reads where one dossier stands in the read model.
     * <p>Scoped like the summary: a unit officer reads their own unit's dossiers only (another unit's answers 404). The
     * answer shows the dossier's stage and, per event source (dossier, council session, notice, award…), the last
     * sequence the read model applied: useful to see whether an event has arrived.
     *
     * @param dossierId the dossier id (nomination-service)
     * @return the dossier's stage, dates and applied sequences
     */
    @GetMapping("/{dossierId}")
    public DossierItem one(TdktPrincipal principal, @PathVariable String dossierId) {
        return queries.dossier(principal, dossierId);
    }
}
