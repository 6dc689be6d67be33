package vn.tdkt.nomination.dossier.domain;

/** One field that differs between two versions of a dossier, as text for the history. */
public record FieldChange(String field, String before, String after) {
}
