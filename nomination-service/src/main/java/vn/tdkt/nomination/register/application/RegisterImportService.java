package vn.tdkt.nomination.register.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.facts.application.RegisterAccess;
import vn.tdkt.nomination.facts.ratings.application.SpreadsheetReader;
import vn.tdkt.nomination.facts.ratings.domain.RowError;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.register.domain.DecisionRef;
import vn.tdkt.nomination.register.domain.RegisterColumn;
import vn.tdkt.nomination.register.domain.RegisterRows;
import vn.tdkt.nomination.register.domain.RewardMoney;
import vn.tdkt.nomination.register.persistence.AwardRecordStore;
import vn.tdkt.nomination.rules.application.EligibilityQuery;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.nomination.rules.application.EligibilityService;
import vn.tdkt.nomination.rules.application.RuleResult;
import vn.tdkt.nomination.rules.domain.DossierFacts;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.text.TextNormalizer;
import lombok.RequiredArgsConstructor;

/**
 * Seeds the award register from historical decisions (xlsx, or CSV): every row is checked first — the text, the award
 * against the catalogue, the deciding authority against R-AUTH-01/02/03 as of the decision date (where a rule set was
 * in force), the register for the same award of the same subject and year — and one bad row imports nothing. Rows are
 * keyed by what they say (subject, award, year, decision), so importing the same file again, e.g. after an
 * interrupted import, adds nothing twice. Imported awards publish no event.
 */
@Service
@RequiredArgsConstructor
public class RegisterImportService {

    private static final Locale RECORD_LOCALE = Locale.forLanguageTag("vi");

    private final AwardRecordStore store;
    private final CatalogueService catalogues;
    private final EligibilityService eligibility;
    private final Clock clock;

    /** The template with Vietnamese headers and a sheet of the accepted values. */
    public byte[] template() {
        AwardCatalogue catalogue = catalogues.inForceOn(LocalDate.now(clock));
        return RegisterWorkbook.template(catalogue.all().stream().map(a -> a.code() + " – " + a.name()).toList());
    }

    /**
     * @throws RegisterImportRejected listing every bad row (nothing imported)
     * @throws DomainException        FORBIDDEN unless Sở Nội vụ or an administrator; INVALID for a file that is no
     *                                spreadsheet
     */
    public RegisterImportSummary importFile(TdktPrincipal caller, byte[] content) {
        RegisterAccess.requireWriter(caller);
        LocalDate today = LocalDate.now(clock);
        RegisterRows.Result parsed = RegisterRows.parse(SpreadsheetReader.read(content), today);
        if (parsed.rows().isEmpty()) {
            throw new RegisterImportRejected(parsed.errors());
        }
        String importId = Ids.newId(clock);
        List<RowError> errors = new ArrayList<>(parsed.errors());
        List<AwardRecord> awards = new ArrayList<>();
        for (RegisterRows.ImportRow row : parsed.rows()) {
            prepare(row, importId, caller.subject(), errors).ifPresent(awards::add);
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            throw new RegisterImportRejected(errors);
        }
        int imported = 0;
        for (AwardRecord award : awards) {
            if (store.insertImported(award)) {
                imported++;
            }
        }
        return new RegisterImportSummary(importId, awards.size(), imported, awards.size() - imported);
    }

    private Optional<AwardRecord> prepare(RegisterRows.ImportRow row, String importId, String by,
            List<RowError> errors) {
        AwardCatalogue catalogue = catalogueOn(row.decisionDate());
        Optional<AwardForm> found = find(catalogue, row.awardText());
        if (found.isEmpty()) {
            errors.add(new RowError(row.row(), RegisterColumn.AWARD.header(), "register.import.award-unknown",
                    List.of(row.awardText())));
            return Optional.empty();
        }
        AwardForm award = found.get();
        if (!award.appliesTo(row.subject().type())) {
            errors.add(new RowError(row.row(), RegisterColumn.AWARD.header(),
                    "register.import.award-subject-mismatch", List.of(award.name(), new DefaultMessageSourceResolvable(
                            new String[] {"enum.SubjectType." + row.subject().type().name()},
                            row.subject().type().label()))));
            return Optional.empty();
        }
        Optional<String> refused = authorityRefused(row, award);
        if (refused.isPresent()) {
            errors.add(new RowError(row.row(), RegisterColumn.AUTHORITY.header(),
                    "register.import.authority-refused", List.of(refused.get())));
            return Optional.empty();
        }
        String id = UUID.nameUUIDFromBytes(("award-register-import|" + row.subject().naturalKey() + "|" + award.code()
                + "|" + row.year() + "|" + TextNormalizer.fold(row.decisionNumber())).getBytes(StandardCharsets.UTF_8))
                .toString();
        if (row.subject().ref().isPresent()) {
            Optional<AwardRecord> clash = store.ofSubject(row.subject().ref().get()).stream()
                    .filter(a -> a.awardCode().equals(award.code()) && a.year() == row.year() && !a.id().equals(id))
                    .findFirst();
            if (clash.isPresent()) {
                errors.add(new RowError(row.row(), null, "register.import.already-in-register",
                        List.of(award.name(), row.year(), clash.get().decision().number())));
                return Optional.empty();
            }
        }
        DecisionRef decision = new DecisionRef(null, row.decisionNumber(), row.decisionDate(), row.authority(),
                row.signer());
        return Optional.of(AwardRecord.imported(id, row.subject(), award.code(), award.name(), row.year(), row.type(),
                decision, money(award, row), importId, row.provenance(), by, clock.instant()));
    }

    /** The catalogue in force on the decision date; for a decision before the first version, the first version. */
    private AwardCatalogue catalogueOn(LocalDate date) {
        try {
            return catalogues.inForceOn(date);
        } catch (DomainException e) {
            return catalogues.versions().get(0).version().catalogue();
        }
    }

    private static Optional<AwardForm> find(AwardCatalogue catalogue, String text) {
        String key = TextNormalizer.fold(text);
        return catalogue.all().stream().filter(a -> a.code().equalsIgnoreCase(text.strip())
                || TextNormalizer.fold(a.name()).equals(key)).findFirst();
    }

    /** The R-AUTH explanation when the authority had no power to decide the award that day. */
    private Optional<String> authorityRefused(RegisterRows.ImportRow row, AwardForm award) {
        EligibilityReport report;
        try {
            report = eligibility.check(new EligibilityQuery(award.code(), row.subject().type(), row.year(),
                    row.decisionDate(), SubjectFacts.empty(),
                    DossierFacts.builder().authority(row.authority().level()).build()), RECORD_LOCALE);
        } catch (DomainException e) {
            return Optional.empty(); // no rule set in force that day (before 01/01/2024): recorded as it was decided
        }
        return report.failures().stream().filter(r -> r.ruleId().startsWith("R-AUTH-"))
                .map(RuleResult::explanation).findFirst();
    }

    /** The money of the time where the catalogue and the base salary cover the decision date, else unknown. */
    private RewardMoney money(AwardForm award, RegisterRows.ImportRow row) {
        try {
            return RewardMoney.of(catalogues.reward(award.code(), row.subject().type(), row.decisionDate()));
        } catch (DomainException e) {
            return null;
        }
    }
}
