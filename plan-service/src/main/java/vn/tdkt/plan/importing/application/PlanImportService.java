package vn.tdkt.plan.importing.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.plantext.ImportWarning;
import vn.tdkt.plantext.ParsedPlan;
import vn.tdkt.plantext.FileKind;
import vn.tdkt.plantext.PlanText;
import vn.tdkt.plantext.PlanTextValidation;
import vn.tdkt.plantext.PlanTextValidator;
import vn.tdkt.plantext.RegistryUnit;
import vn.tdkt.plantext.UnitNameMatcher;
import vn.tdkt.plantext.UnreadableDocumentException;
import vn.tdkt.plan.importing.domain.ImportWarningEntry;
import vn.tdkt.plan.importing.domain.ImportedPlan;
import vn.tdkt.plan.importing.domain.PlanImport;
import vn.tdkt.plan.importing.persistence.PlanImportStore;
import vn.tdkt.plan.importing.domain.UnitMapping;
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.plan.domain.Plan;
import vn.tdkt.plan.unit.application.UnitDirectory;
import vn.tdkt.plan.unit.domain.OrgUnit;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * Plan import (nhập kế hoạch từ văn bản): validate the text, parse it with progress, resolve every unit name
 * against the registry, store a preview; on confirmation create the draft plan through {@link PlanService} in one
 * call, or discard the preview.
 *
 * <p>Confirmation never leaves a half-imported plan: everything is assembled and checked first (unresolved names
 * answer 422 and write nothing); the plan is created with one insert whose id is the import's id, so a confirmation
 * retried after a crash finds its plan instead of creating a second one; the preview is claimed before and marked
 * confirmed after, and a failed creation gives the claim back.
 */
@Service
public class PlanImportService {

    private static final Logger log = LoggerFactory.getLogger(PlanImportService.class);

    private final PlanImportStore store;
    private final UnitDirectory units;
    private final PlanService plans;
    private final PlanImportProperties properties;
    private final PlanTextValidator validator;
    private final Clock clock;

    public PlanImportService(PlanImportStore store, UnitDirectory units, PlanService plans,
            PlanImportProperties properties, Clock clock) {
        this.store = store;
        this.units = units;
        this.plans = plans;
        this.properties = properties;
        this.validator = new PlanTextValidator(properties.maxBytesAsInt());
        this.clock = clock;
    }

    /**
     * What was uploaded: raw bytes (text/plain, text/markdown, a DOCX or PDF file) or already decoded text (JSON).
     * {@code kind} is what the bytes are by their content, whatever the client declared.
     */
    public record Upload(byte[] bytes, String text, FileKind kind, String mediaType, String declaredFormat) {

        /** A file, read as what its content is (a DOCX, a PDF, or text). */
        public static Upload ofFile(byte[] bytes, String mediaType, String declaredFormat) {
            return new Upload(bytes, null, PlanText.sniff(bytes), mediaType, declaredFormat);
        }

        /** A body sent as text: it must be text (a PDF sent as text/plain is refused, not read). */
        public static Upload ofBytes(byte[] bytes, String mediaType, String declaredFormat) {
            return new Upload(bytes, null, FileKind.TEXT, mediaType, declaredFormat);
        }

        public static Upload ofText(String text, String mediaType, String declaredFormat) {
            return new Upload(null, text, FileKind.TEXT, mediaType, declaredFormat);
        }

    }

    public long maxBytes() {
        return validator.maxBytes();
    }

    public long maxDocumentBytes() {
        return properties.maxDocumentBytes().toBytes();
    }

    /** Answers 403 unless the caller may import plans (Sở Nội vụ officers, administrators). */
    public void requireImporter(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }

    /** Throws {@link PlanTextRejectedException} unless the bytes are UTF-8 plain text within the size limit. */
    public void requireText(byte[] bytes) {
        accepted(validator.validate(bytes));
    }

    private PlanTextValidation accepted(PlanTextValidation validation) {
        if (!validation.isAccepted()) {
            throw new PlanTextRejectedException(validation.rejection(), validation.detail(), validator.maxBytes());
        }
        return validation;
    }

    /**
     * Reads the upload — plain text or Markdown, a DOCX or a PDF with a text layer — into a stored preview. Throws
     * {@link PlanTextRejectedException} for a body that is not plan text and {@link UnreadableDocumentException} for a
     * DOCX or PDF that cannot be read (a scan, a password); nothing is stored then.
     */
    public Versioned<PlanImport> importPlan(TdktPrincipal caller, Upload upload) {
        requireImporter(caller);
        UnitNameMatcher matcher = new UnitNameMatcher(registry());
        PlanText reader = PlanText.withKnownUnits(name -> matcher.match(name).isResolved())
                .withMaxTextBytes(validator.maxBytes());
        ProgressRecorder progress = new ProgressRecorder();
        ParsedPlan parsed;
        int textLength = 0;
        if (upload.kind() == FileKind.PDF) {
            parsed = reader.pdf(upload.bytes(), progress);
        } else if (upload.kind() == FileKind.DOCX) {
            parsed = reader.docx(upload.bytes(), progress);
        } else {
            PlanTextValidation validation = accepted(upload.bytes() != null ? validator.validate(upload.bytes())
                    : validator.validate(upload.text()));
            String text = TextNormalizer.nfc(validation.text());
            textLength = text.length();
            parsed = reader.text(text, progress);
        }
        long parseMillis = progress.elapsedMillis();

        ImportedPlan plan = PreviewMapper.map(parsed);
        UnitNameResolution.Result names = UnitNameResolution.resolve(plan, matcher);
        List<ImportWarningEntry> warnings = new ArrayList<>();
        for (ImportWarning warning : parsed.warnings()) {
            warnings.add(new ImportWarningEntry(warning.code().name(), warning.message(), warning.lineNumber()));
        }
        warnings.addAll(names.warnings());
        long bytes = upload.bytes() != null ? upload.bytes().length
                : upload.text().getBytes(StandardCharsets.UTF_8).length;
        Versioned<PlanImport> saved = store.insert(PlanImport.preview(Ids.newId(clock), caller.subject(),
                caller.unitCode(), clock.instant(), new PlanImport.Source(upload.mediaType(), upload.declaredFormat(),
                        textLength, bytes),
                plan, names.issuer(), names.names(), warnings, progress.entries(), parseMillis), List.of());
        log.info("Plan import {} by {}: {} tasks, {} recurring duties, {} warnings, parsed in {} ms", saved.value().id(),
                caller.subject(), plan.tasks().size(), plan.recurringDuties().size(), warnings.size(), parseMillis);
        return saved;
    }

    /** The creator's unit and Sở Nội vụ/administrators see a preview; another unit gets 404, no role 403. */
    public Versioned<PlanImport> get(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id, planImport -> caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN)
                || planImport.createdBy(caller.unitCode()));
    }

    /** What a confirmation produced. */
    public record Confirmed(Versioned<PlanImport> planImport, Versioned<Plan> plan) {
    }

    public Confirmed confirm(TdktPrincipal caller, String id, VersionPrecondition expected,
            PlanDraftAssembler.Choices choices) {
        requireImporter(caller);
        Versioned<PlanImport> current = get(caller, id);
        expected.check(current.version());
        PlanImport preview = current.value();
        preview.requireConfirmable();
        for (UnitMapping mapping : choices.mappings()) {
            if (mapping.written() == null || mapping.code() == null || units.find(mapping.code()).isEmpty()) {
                throw DomainException.invalid("import.mapping-unknown-unit", mapping.written(), mapping.code());
            }
        }
        if (choices.issuerUnit() != null) {
            units.requireKnown(choices.issuerUnit());
        }
        PlanDraftAssembler.Assembly assembly = new PlanDraftAssembler(preview.plan(), preview.issuer(),
                preview.resolutions(), choices).assemble();
        if (!assembly.isComplete()) {
            throw new ImportNotConfirmableException(assembly.unresolved(), assembly.missingFields());
        }

        String claimant = caller.subject() + "/" + Ids.newId(clock);
        try {
            store.update(id, VersionPrecondition.none(),
                    claimed -> claimed.claim(claimant, clock.instant(), clock.instant().minus(properties.claimStale())));
        } catch (OptimisticLockingFailureException raced) {
            throw DomainException.conflict("import.confirm-in-progress", id);
        }
        Versioned<Plan> plan;
        try {
            plan = plans.create(caller, id, assembly.content(), assembly.tasks());
        } catch (DuplicateKeyException alreadyCreated) {
            // an earlier confirmation created the plan and stopped before marking the preview: finish its work
            log.warn("Plan {} of import {} already existed; completing the confirmation", id, id);
            plan = plans.get(caller, id);
        } catch (RuntimeException e) {
            store.update(id, VersionPrecondition.none(), claimed -> claimed.release(claimant));
            throw e;
        }
        PlanImport.Confirmation confirmation = new PlanImport.Confirmation(plan.value().id(), caller.subject(),
                clock.instant(), choices.mappings(), choices.ignoredNames(), plan.value().tasks().size());
        Versioned<PlanImport> confirmed;
        try {
            confirmed = store.update(id, VersionPrecondition.none(), done -> done.confirm(confirmation));
        } catch (OptimisticLockingFailureException raced) {
            throw DomainException.conflict("import.confirm-in-progress", id);
        }
        log.info("Plan import {} confirmed by {}: draft plan {} with {} tasks", id, caller.subject(), plan.value().id(),
                confirmation.taskCount());
        return new Confirmed(confirmed, plan);
    }

    public Versioned<PlanImport> discard(TdktPrincipal caller, String id, VersionPrecondition expected) {
        requireImporter(caller);
        Versioned<PlanImport> current = get(caller, id);
        expected.check(current.version());
        current.value().requireConfirmable();
        try {
            return store.update(id, expected, preview -> preview.discard(caller.subject(), clock.instant()));
        } catch (OptimisticLockingFailureException raced) {
            throw DomainException.conflict("import.confirm-in-progress", id);
        }
    }

    /** The registry as the name matcher needs it; units dissolved before today are left out. */
    private List<RegistryUnit> registry() {
        LocalDate today = LocalDate.now(clock);
        return units.search(null, null, null).stream()
                .filter(unit -> unit.data().activeTo() == null || !unit.data().activeTo().isBefore(today))
                .map(PlanImportService::registryUnit)
                .toList();
    }

    private static RegistryUnit registryUnit(OrgUnit unit) {
        return new RegistryUnit(unit.code(), unit.data().name(), unit.data().aliases());
    }
}
