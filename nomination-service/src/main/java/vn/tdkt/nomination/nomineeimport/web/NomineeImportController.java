package vn.tdkt.nomination.nomineeimport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tdkt.nomination.nomineeimport.application.NomineeImportService;
import vn.tdkt.platform.security.TdktPrincipal;

@RestController
@RequestMapping(NomineeImportController.BASE)
@Tag(name = "Nhập danh sách đề nghị", description = "Bulk nominee import (xlsx): template, preview, confirm")
public class NomineeImportController {

    static final String BASE = "/api/v1/nominee-imports";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final NomineeImportService imports;

    public NomineeImportController(NomineeImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/template")
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SNV_OFFICER')")
    @Operation(summary = "The nominee list template (xlsx, Vietnamese headers)")
    public ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mau-danh-sach-de-nghi-khen-thuong.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(imports.template());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    @Operation(summary = "Upload a filled template for a batch of the own unit: a preview with per-row validation, eligibility and duplicates; nothing is created")
    public ResponseEntity<NomineeImportService.Preview> upload(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam String batchId, @RequestPart("file") MultipartFile file) {
        NomineeImportService.Preview preview = imports.upload(caller, batchId, file.getOriginalFilename(),
                bytes(file));
        return ResponseEntity.created(URI.create(BASE + "/" + preview.id())).body(preview);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')")
    @Operation(summary = "The preview of an upload")
    public NomineeImportService.Preview get(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id) {
        return imports.get(caller, id);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    @Operation(summary = "Create the batch's draft dossiers from the preview, all or nothing (refused while any row has errors)")
    public NomineeImportService.Confirmation confirm(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return imports.confirm(caller, id);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
