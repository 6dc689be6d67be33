package vn.tdkt.nomination.dossier.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;
import vn.tdkt.nomination.dossier.domain.Attachment;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.FileType;
import vn.tdkt.nomination.dossier.domain.VoteResult;
import vn.tdkt.nomination.dossier.persistence.DocumentContentStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import lombok.RequiredArgsConstructor;

/**
 * The documents of a dossier. An upload is checked before anything is stored: size (413 above the limit), type by
 * content (PDF, DOCX, XLSX, PNG, JPEG; anything else 415-like problem), the vote for review minutes. The bytes go to
 * GridFS with their SHA-256, then the dossier records the reference in one version-guarded save; if that save fails
 * (stale If-Match, wrong state) the stored file is removed again, so no document is half-attached.
 */
@Service
@RequiredArgsConstructor
public class DocumentService {

    private final DossierService dossiers;
    private final DocumentContentStore files;
    private final DossierProperties properties;
    private final Clock clock;

    public Versioned<Dossier> upload(TdktPrincipal caller, String dossierId, VersionPrecondition expected,
            DocumentKind kind, String fileName, byte[] content, VoteResult vote) {
        Dossier dossier = dossiers.readable(caller, dossierId).value();
        DossierAccess.requireEditor(caller, dossier);
        long limit = properties.maxDocumentSize().toBytes();
        if (content.length > limit) {
            throw new DocumentTooLargeException(content.length, limit);
        }
        if (content.length == 0) {
            throw DomainException.invalid("document.empty");
        }
        FileType type = FileType.detect(content)
                .orElseThrow(() -> DomainException.invalid("document.type-not-accepted", safeName(fileName)));
        if (kind == null) {
            throw DomainException.invalid("document.kind-required");
        }
        if (kind == DocumentKind.BIEN_BAN_BINH_XET && vote == null) {
            throw DomainException.invalid("document.vote-required");
        }
        String sha256 = sha256(content);
        String name = safeName(fileName) == null ? "tai-lieu." + type.extension() : safeName(fileName);
        String fileId = files.store(dossierId, name, type.mediaType(), sha256, content);
        Attachment attachment = new Attachment(Ids.newId(clock), fileId, kind, name, type.mediaType(),
                content.length, sha256, vote, caller.subject(), clock.instant());
        try {
            return dossiers.update(dossierId, expected, d -> d.attach(attachment, clock.instant()));
        } catch (RuntimeException refused) {
            files.delete(fileId);
            throw refused;
        }
    }

    public List<Attachment> list(TdktPrincipal caller, String dossierId) {
        return dossiers.readable(caller, dossierId).value().attachments();
    }

    public DocumentContent download(TdktPrincipal caller, String dossierId, String documentId) {
        Attachment attachment = dossiers.readable(caller, dossierId).value().attachment(documentId)
                .orElseThrow(() -> DomainException.notFound("document.not-found", documentId));
        byte[] bytes = files.read(attachment.fileId())
                .orElseThrow(() -> DomainException.notFound("document.not-found", documentId));
        return new DocumentContent(attachment, bytes);
    }

    public Versioned<Dossier> remove(TdktPrincipal caller, String dossierId, String documentId,
            VersionPrecondition expected) {
        Dossier dossier = dossiers.readable(caller, dossierId).value();
        DossierAccess.requireEditor(caller, dossier);
        Attachment[] removed = new Attachment[1];
        Versioned<Dossier> saved = dossiers.update(dossierId, expected, d -> {
            removed[0] = d.detach(documentId, caller.subject(), clock.instant());
            return List.of();
        });
        files.delete(removed[0].fileId());
        return saved;
    }

    /** The file name without any path a client sent along. */
    static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? null : (name.length() > 200 ? name.substring(0, 200) : name);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
