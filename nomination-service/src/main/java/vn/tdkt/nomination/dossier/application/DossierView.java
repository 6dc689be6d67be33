package vn.tdkt.nomination.dossier.application;

import vn.tdkt.nomination.dossier.domain.DossierSnapshot;

/** A dossier as a caller sees it, with the stored version (the ETag). */
public record DossierView(DossierSnapshot dossier, Long version) {
}
