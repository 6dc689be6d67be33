package vn.tdkt.reporting.dashboard.domain;

import vn.tdkt.reporting.projection.domain.DossierState;

/** What the summary needs to know about one dossier. */
public record DossierSnapshot(String dossierId, String unitCode, DossierState state) {
}
