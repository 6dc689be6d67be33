package vn.tdkt.nomination.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.problem.Problems;

@RestController
@RequestMapping(DossierController.BASE + "/{id}/documents")
@Tag(name = "Tài liệu hồ sơ", description = "Dossier documents: upload (type checked by content), list, download")
public class DocumentController {

    private final DocumentService documents;
    private final DossierViews views;
    private final Problems problems;

    public DocumentController(DocumentService documents, DossierViews views, Problems problems) {
        this.documents = documents;
        this.views = views;
        this.problems = problems;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(DossierController.EDITORS)
    @Operation(summary = "Attach a document (PDF, DOCX, XLSX, PNG or JPEG, recognised by content) to a draft or returned dossier; review minutes need their vote (approvals of total members)")
    public ResponseEntity<DossierResponse> upload(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @RequestPart("file") MultipartFile file,
            @RequestParam DocumentKind kind, @RequestParam(required = false) Integer voteApprovals,
            @RequestParam(required = false) Integer voteTotal) {
        VoteResult vote = voteApprovals == null && voteTotal == null ? null
                : new VoteResult(voteApprovals == null ? -1 : voteApprovals, voteTotal == null ? 0 : voteTotal);
        Versioned<Dossier> saved = documents.upload(caller, id, ifMatch, kind, file.getOriginalFilename(),
                bytes(file), vote);
        List<Attachment> attachments = saved.value().attachments();
        Attachment added = attachments.get(attachments.size() - 1);
        return views.created(URI.create(DossierController.BASE + "/" + id + "/documents/" + added.id()), saved);
    }

    @GetMapping
    @PreAuthorize(DossierController.READERS)
    @Operation(summary = "The dossier's documents with their kinds, detected types, sizes and SHA-256")
    public List<DossierResponse.DocumentView> list(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return documents.list(caller, id).stream().map(DossierResponse.DocumentView::of).toList();
    }

    @GetMapping("/{documentId}")
    @PreAuthorize(DossierController.READERS)
    @Operation(summary = "Download a document with its detected content type; Repr-Digest carries its SHA-256")
    public ResponseEntity<byte[]> download(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, @PathVariable String documentId) {
        DocumentContent content = documents.download(caller, id, documentId);
        Attachment a = content.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(a.sha256())) + ":")
                .body(content.bytes());
    }

    @DeleteMapping("/{documentId}")
    @PreAuthorize(DossierController.EDITORS)
    @Operation(summary = "Remove a document from a draft or returned dossier")
    public ResponseEntity<DossierResponse> remove(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, @PathVariable String documentId, IfMatch ifMatch) {
        return views.ok(documents.remove(caller, id, documentId, ifMatch));
    }

    @ExceptionHandler(DocumentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(DocumentTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problems.create(HttpStatus.CONTENT_TOO_LARGE,
                "document.too-large", List.of(e.size(), e.limit())));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
