package vn.tdkt.nomination.nomineeimport.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.batch.application.BatchService;
import vn.tdkt.nomination.batch.domain.Batch;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.dossier.application.DossierAccess;
import vn.tdkt.nomination.dossier.application.DossierChecks;
import vn.tdkt.nomination.dossier.application.DossierProperties;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.application.LocalizedDomainErrors;
import vn.tdkt.nomination.dossier.application.StagedImports;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.nomination.dossier.domain.FileType;
import vn.tdkt.nomination.nomineeimport.domain.NomineeColumn;
import vn.tdkt.nomination.nomineeimport.domain.NomineeKeys;
import vn.tdkt.nomination.nomineeimport.domain.RowCheck;
import vn.tdkt.nomination.nomineeimport.persistence.NomineeImportDocument;
import vn.tdkt.nomination.nomineeimport.persistence.NomineeImportStore;
import vn.tdkt.nomination.nomineeimport.persistence.NomineeRowDocument;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import lombok.RequiredArgsConstructor;

/**
 * Bulk nominee import. Upload: the xlsx (recognised by content) is read row by row; each row is checked (required
 * cells, dates, codes, the award fits the subject: each cell's mistake, see {@link NomineeRowReader}), judged by the
 * rules engine like a dossier, and compared with live proposals, with the batch's own dossiers (drafts included, so a list
 * uploaded twice is caught) and with the earlier rows of the same file ({@link NomineeKeys}). Nothing is created: the
 * preview is stored for confirmation, which compares the rows with the batch once more.
 *
 * <p>Confirm creates the batch's dossiers all or nothing, without transactions:
 * <ol>
 *   <li>claim the import (PREVIEWED → CONFIRMING, one conditional write: a second confirm finds nothing to claim);
 *   <li>compare its rows with the batch as it is now, and with the rows of any other list of the batch claimed at the
 *       same time; on a clash, release the claim and answer 409 {@code nominee-import.batch-changed};
 *   <li>bulk-insert every dossier (prepared as documents at upload) with the import's id as a marker; while the import
 *       is CONFIRMING, every read of dossiers (get, list, batch, duplicates) leaves them out ({@link StagedImports});
 *   <li>flip the import to CONFIRMED: one single-document write, after which all of them are visible at once.
 * </ol>
 * The marker stays on the dossiers as their provenance (which list created them); only CONFIRMING imports hide.
 * A crash before the flip leaves hidden dossiers of a CONFIRMING import; {@link #cleanUpAbandoned} (scheduled, and
 * before any retry of the same import) deletes them and releases the import to PREVIEWED, so the unit can confirm
 * again. Half a batch is never visible.
 */
@Service
@RequiredArgsConstructor
public class NomineeImportService {

    private static final Logger log = LoggerFactory.getLogger(NomineeImportService.class);
    private static final int INSERT_CHUNK = 1_000;

    private final NomineeImportStore store;
    private final DossierService dossiers;
    private final DossierChecks checks;
    private final BatchService batches;
    private final CatalogueService catalogue;
    private final DossierProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    public byte[] template() {
        return NomineeWorkbook.template(catalogue.inForceOn(LocalDate.now(clock)).all().stream().map(AwardForm::code).toList());
    }

    /** Reads and checks an uploaded list into a preview; nothing else is written. */
    public Preview upload(TdktPrincipal caller, String batchId, String fileName, byte[] xlsx) {
        Batch batch = batches.get(caller, batchId).value();
        if (!DossierAccess.isOwnUnitOfficer(caller, batch.unitCode())) {
            throw DomainException.forbidden("dossier.submit-forbidden", batch.unitCode());
        }
        batch.requireOpen();
        if (xlsx.length > properties.maxDocumentSize().toBytes()) {
            throw DomainException.invalid("nominee-import.too-large", properties.maxDocumentSize().toMegabytes());
        }
        if (FileType.detect(xlsx).filter(type -> type == FileType.XLSX).isEmpty()) {
            throw DomainException.invalid("nominee-import.not-xlsx");
        }
        List<NomineeWorkbook.RawRow> raw = NomineeWorkbook.read(xlsx);
        if (raw.isEmpty()) {
            throw DomainException.invalid("nominee-import.empty");
        }
        String importId = Ids.newId(clock);
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        RowContext context = new RowContext(catalogue.inForceOn(today), batchKeys(batch.id()), new HashMap<>(), today,
                locale);
        List<NomineeRowDocument> rows = new ArrayList<>(raw.size());
        int valid = 0;
        int eligible = 0;
        for (NomineeWorkbook.RawRow row : raw) {
            NomineeRowDocument checked = check(importId, batch, row, context, caller.subject());
            rows.add(checked);
            valid += checked.check().valid() ? 1 : 0;
            eligible += Boolean.TRUE.equals(checked.check().eligible()) ? 1 : 0;
        }
        NomineeImportDocument document = NomineeImportDocument.previewed(importId, batch.unitCode(), batch.id(),
                batch.movementId(), fileName, sha256(xlsx), caller.subject(), clock.instant(), rows.size(), valid,
                eligible);
        store.insert(document, rows);
        return preview(document, rows);
    }

    public Preview get(TdktPrincipal caller, String importId) {
        NomineeImportDocument document = visible(caller, importId);
        return preview(document, store.rows(importId));
    }

    /** Creates every dossier of the list, or none (see the class comment). */
    public Confirmation confirm(TdktPrincipal caller, String importId) {
        NomineeImportDocument document = visible(caller, importId);
        if (!DossierAccess.isOwnUnitOfficer(caller, document.unitCode())) {
            throw DomainException.forbidden("dossier.submit-forbidden", document.unitCode());
        }
        batches.get(caller, document.batchId()).value().requireOpen();
        int invalid = document.total() - document.valid();
        if (invalid > 0) {
            throw DomainException.conflict("nominee-import.has-errors", invalid);
        }
        if (!store.claim(importId, clock.instant())) {
            throw notConfirmable(importId);
        }
        // The batch may have gained the same proposals since the preview: a list confirmed meanwhile, a dossier made by
        // hand, or a list being confirmed right now, whose dossiers are still hidden. Checked after the claim, so of
        // two overlapping lists confirmed at once, the one that checks second sees the first's claim.
        Set<String> taken = new HashSet<>(batchKeys(document.batchId()).keySet());
        store.rowKeysOfOtherClaims(document.batchId(), importId).forEach(taken::addAll);
        long clashing = store.rowKeys(importId).stream().filter(keys -> keys.stream().anyMatch(taken::contains))
                .count();
        if (clashing > 0) {
            store.release(importId);
            throw DomainException.conflict("nominee-import.batch-changed", clashing);
        }
        List<org.bson.Document> prepared = store.prepared(importId);
        try {
            for (int from = 0; from < prepared.size(); from += INSERT_CHUNK) {
                dossiers.insertStaged(prepared.subList(from, Math.min(prepared.size(), from + INSERT_CHUNK)));
            }
        } catch (RuntimeException failed) {
            dossiers.discardStaged(importId);
            store.release(importId);
            throw failed;
        }
        store.flip(importId, clock.instant());
        return new Confirmation(importId, document.batchId(), prepared.size());
    }

    private DomainException notConfirmable(String importId) {
        return LocalizedDomainErrors.localized(DomainException.conflict("nominee-import.not-confirmable", importId,
                store.find(importId).map(NomineeImportDocument::status).orElse(null)));
    }

    /**
     * Confirmations claimed more than {@code olderThan} ago and never flipped: their hidden dossiers are deleted and
     * the import goes back to PREVIEWED.
     */
    public int cleanUpAbandoned(Duration olderThan) {
        int cleaned = 0;
        for (NomineeImportDocument abandoned : store.abandoned(clock.instant().minus(olderThan))) {
            long removed = dossiers.discardStaged(abandoned.id());
            if (store.release(abandoned.id())) {
                cleaned++;
                log.warn("Nominee import {} was never confirmed to the end; removed its {} hidden dossiers",
                        abandoned.id(), removed);
            }
        }
        return cleaned;
    }

    private NomineeImportDocument visible(TdktPrincipal caller, String importId) {
        caller.requireSomeRole();
        return store.find(importId)
                .filter(d -> caller.hasAnyRole(TdktRole.PROVINCE_READERS)
                        || DossierAccess.isOwnUnitOfficer(caller, d.unitCode()))
                .orElseThrow(() -> DomainException.notFound("nominee-import.not-found", importId));
    }

    private NomineeRowDocument check(String importId, Batch batch, NomineeWorkbook.RawRow row, RowContext context,
            String createdBy) {
        NomineeRowReader.Result read = NomineeRowReader.read(row, batch.unitCode(), batch.movementId(),
                context.awards());
        List<String> errors = new ArrayList<>(read.errors().stream().map(e -> text(e, context.locale())).toList());
        String award = row.get(NomineeColumn.AWARD_CODE);
        if (read.content().isEmpty()) {
            return NomineeRowDocument.of(importId, row.row(), null, List.of(),
                    new RowCheck(row.row(), row.get(NomineeColumn.NAME), award, errors, null, null, null));
        }
        DossierContent content = read.content().get();
        List<String> duplicates = new ArrayList<>();
        List<String> keys = NomineeKeys.of(content.subject(), content.proposal(), content.achievement());
        Set<String> alreadyInBatch = new LinkedHashSet<>();
        for (String key : keys) {
            String inBatch = context.inBatch().get(key);
            if (inBatch != null && alreadyInBatch.add(inBatch)) {
                String found = message("nominee-import.already-in-batch", context.locale(), inBatch);
                duplicates.add(found);
                errors.add(found);
            }
            Integer earlier = context.seen().putIfAbsent(key, row.row());
            if (earlier != null) {
                duplicates.add(message("nominee-import.duplicate-row", context.locale(), earlier));
                errors.add(message("nominee-import.duplicate-row", context.locale(), earlier));
            }
        }
        Dossier probe = Dossier.draft(Ids.newId(clock), batch.unitCode(), batch.id(), content, "preview",
                clock.instant()).aggregate();
        EligibilityReport report = checks.evaluate(probe, context.today(), context.today(), context.locale());
        // documents are attached after the import, so only what no document can cure stops a row: a hold, a
        // duplicate, a dissolved unit
        checks.appraisalBlockers(report).forEach(blocker -> errors.add(blocker.ruleId() + ": "
                + blocker.explanation()));
        var found = checks.duplicatesOf(probe);
        found.sameAchievement().forEach(id -> duplicates.add("R-GEN-01 " + id));
        found.samePersonAwardYear().forEach(id -> duplicates.add(id));
        found.innovationsAlreadyUsed().forEach(id -> duplicates.add("R-GEN-02 " + id));
        List<String> failures = report.failures().stream()
                .map(f -> f.ruleId() + ": " + (f.explanation() == null ? f.citation() : f.explanation())).toList();
        // a valid row's dossier is prepared now, so confirming is one bulk insert of ready documents
        org.bson.Document prepared = errors.isEmpty() ? dossiers.prepareStaged(importId, batch.unitCode(), batch.id(),
                content, createdBy) : null;
        return NomineeRowDocument.of(importId, row.row(), prepared, keys,
                new RowCheck(row.row(), content.subject().name(), award, errors, report.eligible(), failures,
                        duplicates));
    }

    /**
     * What every row of one upload is checked against: the award catalogue in force, the proposals the batch already
     * holds (by {@link NomineeKeys}, to the dossier's subject name), and the keys of the earlier rows.
     */
    private record RowContext(AwardCatalogue awards, Map<String, String> inBatch, Map<String, Integer> seen,
            LocalDate today, Locale locale) {
    }

    /**
     * The batch's visible dossiers by {@link NomineeKeys}, to their subject's name. A recalled dossier does not count:
     * the unit may propose the same person again.
     */
    private Map<String, String> batchKeys(String batchId) {
        Map<String, String> keys = new HashMap<>();
        for (Versioned<Dossier> versioned : dossiers.inBatch(batchId)) {
            Dossier d = versioned.value();
            if (d.status() != DossierStatus.RECALLED) {
                NomineeKeys.of(d.subject(), d.proposal(), d.achievement())
                        .forEach(key -> keys.putIfAbsent(key, d.subject().name()));
            }
        }
        return keys;
    }

    private String text(DomainException e, Locale locale) {
        DomainException localized = LocalizedDomainErrors.localized(e); // "Cá nhân", not INDIVIDUAL
        return messages.getMessage(localized.code(), localized.args().toArray(), localized.code(), locale);
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    private static Preview preview(NomineeImportDocument document, List<NomineeRowDocument> rows) {
        return new Preview(document.id(), document.batchId(), document.unitCode(), document.status(),
                document.fileName(), document.total(), document.valid(), document.eligible(),
                rows.stream().map(NomineeRowDocument::check).toList());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The preview of an upload: counts and every row's check. */
    public record Preview(String id, String batchId, String unitCode,
            vn.tdkt.nomination.nomineeimport.domain.ImportStatus status, String fileName, int total, int valid,
            int eligible, List<RowCheck> rows) {
    }

    /** What a confirmation created. */
    public record Confirmation(String importId, String batchId, int dossiersCreated) {
    }
}
