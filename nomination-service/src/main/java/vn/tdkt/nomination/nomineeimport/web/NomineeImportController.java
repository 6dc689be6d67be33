package vn.tdkt.nomination.nomineeimport.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
import vn.tdkt.nomination.web.Downloads;
import vn.tdkt.nomination.web.OfficeMediaTypes;
import vn.tdkt.nomination.web.Uploads;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(NomineeImportController.BASE)
@Tag(name = "Nhập danh sách đề nghị (nominee imports)", description = "Nhập danh sách người, tập thể được đề nghị từ "
        + "tệp Excel theo mẫu: tải mẫu, tải tệp lên để xem trước (kiểm tra từng dòng, điều kiện, trùng lặp), xác "
        + "nhận để tạo các hồ sơ dự thảo của đợt — tất cả hoặc không. — Bulk nominee import from the Excel template: "
        + "download the template, upload it for a preview (each row checked, eligibility, duplicates), confirm to "
        + "create the batch's draft dossiers, all or nothing.")
@RequiredArgsConstructor
public class NomineeImportController {

    static final String BASE = "/api/v1/nominee-imports";

    private final NomineeImportService imports;

    /**
     * Downloads the nominee list template.
     * <p>UNIT_OFFICER and SNV_OFFICER. An xlsx workbook with Vietnamese column headers (required ones marked *), one
     * row per nominee (person, collective or household), and a "Hướng dẫn" sheet with the award codes and what each
     * kind of subject needs.
     *
     * @return the template workbook
     */
    @GetMapping("/template")
    @PreAuthorize(Roles.UNIT_OR_SNV)
    public ResponseEntity<byte[]> template() {
        return Downloads.attachment(imports.template(), OfficeMediaTypes.XLSX,
                "mau-danh-sach-de-nghi-khen-thuong.xlsx");
    }

    /**
     * Uploads a filled template for a batch and answers its preview.
     * <p>A unit officer, for an open batch of their own unit. Send a multipart {@code file} (xlsx, recognised by
     * content: 400 {@code nominee-import.not-xlsx}) and the {@code batchId}. Every row is checked — required cells,
     * dates, codes, whether the award fits the subject, duplicates within the file, against the batch's own dossiers
     * and against live proposals, holds, dissolved units — and judged by the rules engine; each cell's mistake is
     * listed, in column order, not just the first. Nothing is created yet. A workbook whose headers do not match
     * the template answers 400 {@code nominee-import.header-mismatch}.
     *
     * @param batchId the open batch the nominees join
     * @return 201 with the preview: each row with its errors, warnings and the engine's verdict
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.UNIT_OFFICER)
    public ResponseEntity<NomineeImportService.Preview> upload(TdktPrincipal caller,
            @RequestParam String batchId, @RequestPart("file") MultipartFile file) {
        NomineeImportService.Preview preview = imports.upload(caller, batchId, file.getOriginalFilename(),
                Uploads.bytes(file));
        return ResponseEntity.created(URI.create(BASE + "/" + preview.id())).body(preview);
    }

    /**
     * Reads the preview of an upload.
     * <p>The unit's officers and SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN; another unit's import answers 404.
     *
     * @param id the import id
     * @return the preview and, once confirmed, the dossiers created
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public NomineeImportService.Preview get(TdktPrincipal caller, @PathVariable String id) {
        return imports.get(caller, id);
    }

    /**
     * Creates the batch's draft dossiers from a preview, all or nothing.
     * <p>The batch's unit officer. Refused while any row has errors (409 {@code nominee-import.has-errors}), when the
     * batch has gained the same proposals since the preview, or another list of the batch with the same proposals is
     * being confirmed (409 {@code nominee-import.batch-changed}: upload again to see which rows), or when the import is
     * not a fresh preview (409 {@code nominee-import.not-confirmable}). The dossiers are written in one bulk insert and
     * stay invisible until the import flips to confirmed; a confirmation interrupted half-way is cleaned up, so
     * retrying it is safe. Drafts publish no events: submit them with the batch.
     *
     * @param id the import id
     * @return the import, its batch and how many dossiers were created
     */
    @PostMapping("/{id}/confirm")
    @PreAuthorize(Roles.UNIT_OFFICER)
    public NomineeImportService.Confirmation confirm(TdktPrincipal caller,
            @PathVariable String id) {
        return imports.confirm(caller, id);
    }
}
