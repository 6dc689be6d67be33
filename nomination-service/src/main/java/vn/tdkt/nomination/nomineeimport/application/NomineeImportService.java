package vn.tdkt.nomination.nomineeimport.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.batch.application.BatchService;
import vn.tdkt.nomination.batch.domain.Batch;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.dossier.application.DossierAccess;
import vn.tdkt.nomination.dossier.application.DossierChecks;
import vn.tdkt.nomination.dossier.application.DossierProperties;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.application.StagedImports;
import vn.tdkt.nomination.dossier.domain.Achievement;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.dossier.domain.FileType;
import vn.tdkt.nomination.dossier.domain.Gender;
import vn.tdkt.nomination.dossier.domain.MemberCounts;
import vn.tdkt.nomination.dossier.domain.Proposal;
import vn.tdkt.nomination.dossier.domain.Subject;
import vn.tdkt.nomination.nomineeimport.domain.NomineeColumn;
import vn.tdkt.nomination.nomineeimport.domain.RowCheck;
import vn.tdkt.nomination.nomineeimport.persistence.NomineeImportDocument;
import vn.tdkt.nomination.nomineeimport.persistence.NomineeImportStore;
import vn.tdkt.nomination.nomineeimport.persistence.NomineeRowDocument;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.text.TextNormalizer;
import lombok.RequiredArgsConstructor;

/**
 * Bulk nominee import. Upload: the xlsx (recognised by content) is read row by row; each row is checked (required
 * cells, dates, codes, the award fits the subject), judged by the rules engine like a dossier, and compared with live
 * proposals and with the earlier rows of the same file (same person + award + year, same achievement id, same
 * innovation). Nothing is created: the preview is stored for confirmation.
 *
 * <p>Confirm creates the batch's dossiers all or nothing, without transactions:
 * <ol>
 *   <li>claim the import (PREVIEWED → CONFIRMING, one conditional write: a second confirm finds nothing to claim);
 *   <li>bulk-insert every dossier (prepared as documents at upload) with the import's id as a marker; while the import is CONFIRMING, every read of
 *       dossiers (get, list, batch, duplicates) leaves them out ({@link StagedImports});
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
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
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
        Map<String, Integer> seen = new HashMap<>();
        List<NomineeRowDocument> rows = new ArrayList<>(raw.size());
        int valid = 0;
        int eligible = 0;
        for (NomineeWorkbook.RawRow row : raw) {
            NomineeRowDocument checked = check(importId, batch, row, seen, today, locale, caller.subject());
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
            throw DomainException.conflict("nominee-import.not-confirmable", importId,
                    store.find(importId).map(NomineeImportDocument::status).orElse(null));
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

    private NomineeRowDocument check(String importId, Batch batch, NomineeWorkbook.RawRow row,
            Map<String, Integer> seen, LocalDate today, Locale locale, String createdBy) {
        List<String> errors = new ArrayList<>();
        DossierContent content = null;
        try {
            content = dossiers.named(content(row, batch));
        } catch (DomainException e) {
            errors.add(text(e, locale));
        }
        String name = row.get(NomineeColumn.NAME);
        String award = row.get(NomineeColumn.AWARD_CODE);
        if (content == null) {
            return NomineeRowDocument.of(importId, row.row(), null,
                    new RowCheck(row.row(), name, award, errors, null, null, null));
        }
        List<String> duplicates = new ArrayList<>();
        for (String key : keys(content)) {
            Integer earlier = seen.putIfAbsent(key, row.row());
            if (earlier != null) {
                duplicates.add(message("nominee-import.duplicate-row", locale, earlier));
                errors.add(message("nominee-import.duplicate-row", locale, earlier));
            }
        }
        Dossier probe = Dossier.draft(Ids.newId(clock), batch.unitCode(), batch.id(), content, "preview",
                clock.instant()).aggregate();
        EligibilityReport report = checks.evaluate(probe, today, today, locale);
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
        return NomineeRowDocument.of(importId, row.row(), prepared,
                new RowCheck(row.row(), content.subject().name(), award, errors, report.eligible(), failures,
                        duplicates));
    }

    /** What makes two rows of one file the same proposal: person + award + year, achievement id, innovation. */
    private static List<String> keys(DossierContent content) {
        Subject s = content.subject();
        Proposal p = content.proposal();
        List<String> keys = new ArrayList<>();
        String person = s.nationalId() != null ? "id:" + s.nationalId()
                : "name:" + s.nameKey() + "|" + s.dateOfBirth() + "|" + s.unitCode();
        keys.add(person + "|" + p.awardCode() + "|" + p.year());
        if (content.achievement().achievementId() != null) {
            keys.add("achievement:" + content.achievement().achievementId());
        }
        content.achievement().innovationIds().forEach(i -> keys.add("innovation:" + i));
        return keys;
    }

    private static DossierContent content(NomineeWorkbook.RawRow row, Batch batch) {
        SubjectType type = subjectType(row.get(NomineeColumn.SUBJECT_TYPE));
        String unit = row.get(NomineeColumn.SUBJECT_UNIT) == null ? batch.unitCode()
                : row.get(NomineeColumn.SUBJECT_UNIT).toUpperCase(Locale.ROOT);
        Subject subject = switch (type) {
            case INDIVIDUAL -> Subject.person(row.get(NomineeColumn.NAME), birth(row),
                    gender(row.get(NomineeColumn.GENDER)), row.get(NomineeColumn.POSITION), unit,
                    row.get(NomineeColumn.NATIONAL_ID));
            case COLLECTIVE -> Subject.collective(row.get(NomineeColumn.NAME), unit, new MemberCounts(
                    number(row, NomineeColumn.MEMBERS, true), number(row, NomineeColumn.WOMEN, false),
                    number(row, NomineeColumn.MEMBERS_LDTT, false), number(row, NomineeColumn.MEMBERS_CSTDCS, false),
                    grade(row.get(NomineeColumn.LOWEST_GRADE)), number(row, NomineeColumn.MEMBERS_DISCIPLINED, false)));
            case HOUSEHOLD -> Subject.household(row.get(NomineeColumn.NAME), unit, row.get(NomineeColumn.ADDRESS));
        };
        String award = row.get(NomineeColumn.AWARD_CODE);
        if (award == null) {
            throw DomainException.invalid("nominee-import.cell-required", NomineeColumn.AWARD_CODE.header());
        }
        Proposal proposal = new Proposal(award.toUpperCase(Locale.ROOT), null,
                number(row, NomineeColumn.YEAR, true), batch.movementId());
        String innovations = row.get(NomineeColumn.INNOVATIONS);
        Achievement achievement = new Achievement(row.get(NomineeColumn.ACHIEVEMENT),
                row.get(NomineeColumn.ACHIEVEMENT_ID), null, null,
                innovations == null ? List.of() : Arrays.stream(innovations.split("[,;]")).map(String::strip).toList());
        return new DossierContent(subject, proposal, achievement, List.of());
    }

    private static SubjectType subjectType(String text) {
        String folded = TextNormalizer.fold(text == null ? "" : text);
        return switch (folded) {
            case "ca nhan" -> SubjectType.INDIVIDUAL;
            case "tap the" -> SubjectType.COLLECTIVE;
            case "ho gia dinh" -> SubjectType.HOUSEHOLD;
            default -> throw DomainException.invalid("nominee-import.subject-type-invalid", String.valueOf(text));
        };
    }

    private static Gender gender(String text) {
        if (text == null) {
            return null;
        }
        return switch (TextNormalizer.fold(text)) {
            case "nam" -> Gender.MALE;
            case "nu" -> Gender.FEMALE;
            default -> throw DomainException.invalid("nominee-import.gender-invalid", text);
        };
    }

    private static String grade(String text) {
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!upper.matches("HTXSNV|HTTNV|HTNV|KHTNV")) {
            throw DomainException.invalid("nominee-import.grade-invalid", text);
        }
        return upper;
    }

    private static LocalDate birth(NomineeWorkbook.RawRow row) {
        if (row.dateOfBirth() != null) {
            return row.dateOfBirth();
        }
        String text = row.get(NomineeColumn.DATE_OF_BIRTH);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("nominee-import.date-invalid", text);
        }
    }

    private static int number(NomineeWorkbook.RawRow row, NomineeColumn column, boolean required) {
        String text = row.get(column);
        if (text == null) {
            if (required) {
                throw DomainException.invalid("nominee-import.cell-required", column.header());
            }
            return 0;
        }
        try {
            return Integer.parseInt(text.replace(".", "").replace(",", "").strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("nominee-import.number-invalid", column.header(), text);
        }
    }

    private String text(DomainException e, Locale locale) {
        return messages.getMessage(e.code(), e.args().toArray(), e.code(), locale);
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
