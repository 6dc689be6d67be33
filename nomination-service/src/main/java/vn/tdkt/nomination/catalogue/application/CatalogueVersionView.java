package vn.tdkt.nomination.catalogue.application;

import java.time.LocalDate;
import vn.tdkt.nomination.catalogue.domain.CatalogueVersion;

/** A catalogue version with the last day it is in force ({@code null} while no later version exists). */
public record CatalogueVersionView(CatalogueVersion version, LocalDate effectiveTo) {
}
