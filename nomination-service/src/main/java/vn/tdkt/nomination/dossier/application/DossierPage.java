package vn.tdkt.nomination.dossier.application;

import java.util.List;

public record DossierPage(List<DossierView> items, int page, int size, long total) {
}
