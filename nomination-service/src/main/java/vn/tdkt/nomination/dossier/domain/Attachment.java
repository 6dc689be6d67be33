package vn.tdkt.nomination.dossier.domain;

import vn.tdkt.nomination.catalogue.domain.DocumentKind;

import java.time.Instant;
import java.util.Objects;
import vn.tdkt.platform.domain.DomainException;

/**
 * A document of the dossier. The bytes live in GridFS under {@code fileId}; {@code contentType} is what the content
 * is (checked by its magic bytes), not what the name claims; {@code sha256} fingerprints it. Review minutes carry
 * their vote.
 */
public record Attachment(String id, String fileId, DocumentKind kind, String fileName, String contentType,
        long size, String sha256, VoteResult vote, String uploadedBy, Instant uploadedAt) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        if (kind != DocumentKind.BIEN_BAN_BINH_XET && vote != null) {
            throw DomainException.invalid("document.vote-only-on-minutes");
        }
    }
}
