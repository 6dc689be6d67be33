package vn.tdkt.reporting.dashboard.application;

import java.time.Instant;
import java.util.Map;

/**
 * One dossier as the dashboard knows it: where it stands and how far the read model followed the events about it
 * ({@code sequences}: the last sequence applied per source aggregate; {@code updatedAt}: when the row last changed).
 */
public record DossierItem(String dossierId, String unitCode, String unitName, String subjectName, String awardCode,
                          String stage, String stageLabel, String status, Map<String, Long> sequences,
                          Instant updatedAt) {
}
