package vn.tdkt.nomination.dossier.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;
import vn.tdkt.nomination.dossier.application.DocumentContent;
import vn.tdkt.nomination.dossier.application.DocumentService;
import vn.tdkt.nomination.dossier.application.DocumentTooLargeException;
import vn.tdkt.nomination.dossier.domain.Attachment;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.VoteResult;
import vn.tdkt.nomination.web.Downloads;
import vn.tdkt.nomination.web.Uploads;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.problem.Problems;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(DossierController.BASE + "/{id}/documents")
@Tag(name = "Tài liệu hồ sơ (dossier documents)", description = "Tài liệu kèm hồ sơ: tờ trình, báo cáo thành tích, "
        + "biên bản họp bình xét (kèm kết quả biểu quyết)…; loại tệp nhận biết theo nội dung (PDF, DOCX, XLSX, PNG, "
        + "JPEG), lưu kèm SHA-256. — A dossier's documents: submission, achievement report, review minutes with "
        + "their vote…; the file type is recognised by content (PDF, DOCX, XLSX, PNG, JPEG) and kept with its "
        + "SHA-256.")
@RequiredArgsConstructor
public class DocumentController {

    private final DocumentService documents;
    private final DossierViews views;
    private final Problems problems;

    /**
     * Attaches a document to a draft or returned dossier.
     * <p>The owning unit's officers and SNV_OFFICER. Send a multipart {@code file} with its {@code kind}; the type is
     * recognised from the content, never the name (400 {@code document.type-not-accepted} for anything but PDF, DOCX,
     * XLSX, PNG or JPEG), and an empty file is refused. Review minutes ({@code BIEN_BAN_BINH_XET}) carry their vote:
     * {@code voteApprovals} of {@code voteTotal} members (400 {@code document.vote-required}); other kinds take no
     * vote. A file over 20 MB answers 413. Another state of the dossier answers 409; a stale {@code If-Match} 412.
     *
     * @param id            the dossier id
     * @param kind          what the document is
     * @param voteApprovals for review minutes: members who approved
     * @param voteTotal     for review minutes: members of the council
     * @return 201 with the dossier, the document's {@code Location} and the dossier's new {@code ETag}
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.UNIT_OR_SNV)
    public ResponseEntity<DossierResponse> upload(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @RequestPart("file") MultipartFile file,
            @RequestParam DocumentKind kind, @RequestParam(required = false) Integer voteApprovals,
            @RequestParam(required = false) Integer voteTotal) {
        VoteResult vote = voteApprovals == null && voteTotal == null ? null
                : new VoteResult(voteApprovals == null ? -1 : voteApprovals, voteTotal == null ? 0 : voteTotal);
        Versioned<Dossier> saved = documents.upload(caller, id, ifMatch, kind, file.getOriginalFilename(),
                Uploads.bytes(file), vote);
        List<Attachment> attachments = saved.value().attachments();
        Attachment added = attachments.get(attachments.size() - 1);
        return views.created(URI.create(DossierController.BASE + "/" + id + "/documents/" + added.id()), saved);
    }

    /**
     * Lists a dossier's documents.
     * <p>Readable as the dossier is. Each document has its kind, file name, detected content type, size, SHA-256 and,
     * for review minutes, the vote.
     *
     * @param id the dossier id
     * @return the documents, in the order they were attached
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public List<DossierResponse.DocumentView> list(TdktPrincipal caller,
            @PathVariable String id) {
        return documents.list(caller, id).stream().map(DossierResponse.DocumentView::of).toList();
    }

    /**
     * Downloads a document.
     * <p>Readable as the dossier is. The answer carries the detected content type, the file name and a
     * {@code Repr-Digest} header with the SHA-256, so the copy can be checked.
     *
     * @param id         the dossier id
     * @param documentId the document id
     * @return the file's bytes
     */
    @GetMapping("/{documentId}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<byte[]> download(TdktPrincipal caller,
            @PathVariable String id, @PathVariable String documentId) {
        DocumentContent content = documents.download(caller, id, documentId);
        Attachment a = content.attachment();
        return Downloads.attachment(a.contentType(), a.fileName())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(a.sha256())) + ":")
                .body(content.bytes());
    }

    /**
     * Removes a document from a draft or returned dossier.
     * <p>The owning unit's officers and SNV_OFFICER; another state of the dossier answers 409, a stale {@code If-Match}
     * 412.
     *
     * @param id         the dossier id
     * @param documentId the document id
     * @return the dossier without the document, with its new {@code ETag}
     */
    @DeleteMapping("/{documentId}")
    @PreAuthorize(Roles.UNIT_OR_SNV)
    public ResponseEntity<DossierResponse> remove(TdktPrincipal caller,
            @PathVariable String id, @PathVariable String documentId, IfMatch ifMatch) {
        return views.ok(documents.remove(caller, id, documentId, ifMatch));
    }

    @ExceptionHandler(DocumentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(DocumentTooLargeException e) {
        return Uploads.tooLarge(problems, "document.too-large", e);
    }
}
