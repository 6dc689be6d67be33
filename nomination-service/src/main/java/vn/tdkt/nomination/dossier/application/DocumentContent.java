package vn.tdkt.nomination.dossier.application;

import vn.tdkt.nomination.dossier.domain.Attachment;

/** A document's bytes with its description, for a download. */
public record DocumentContent(Attachment attachment, byte[] bytes) {
}
