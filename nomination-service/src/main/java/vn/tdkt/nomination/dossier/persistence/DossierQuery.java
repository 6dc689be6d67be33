package vn.tdkt.nomination.dossier.persistence;

import vn.tdkt.nomination.dossier.domain.DossierStatus;

/** List filter; {@code null} fields do not filter. */
public record DossierQuery(String unitCode, DossierStatus status, Integer year) {
}
