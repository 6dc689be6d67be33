package vn.tdkt.plan.importing.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The parsed plan as the import preview stores it: the importer's own records, so the parser's types can evolve
 * without breaking stored previews. Unit names are kept exactly as written; their resolution is stored beside them
 * ({@link NameResolution}).
 */
public record ImportedPlan(String format, Header header, List<LegalBasis> legalBases, List<String> preamble,
                           List<Section> sections, List<String> closingRemarks, List<Responsibility> responsibilities,
                           List<RecurringDuty> recurringDuties, List<String> recipients, Signer signer,
                           List<Task> tasks, List<Citation> citations) {

    public ImportedPlan {
        legalBases = copy(legalBases);
        preamble = copy(preamble);
        sections = copy(sections);
        closingRemarks = copy(closingRemarks);
        responsibilities = copy(responsibilities);
        recurringDuties = copy(recurringDuties);
        recipients = copy(recipients);
        tasks = copy(tasks);
        citations = copy(citations);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Identification block; any field may be null when the document does not show it. */
    public record Header(String issuer, String number, String place, LocalDate date, String documentType, String title,
                         Integer year) {
    }

    /** A basis of the plan: a "Căn cứ" line (LEGAL_BASIS) or the document its preamble implements (PARENT). */
    public record LegalBasis(String text, String documentKind, String documentNumber, LocalDate date, int lineNumber,
                             String issuer, String role) {
    }

    /** A document the plan cites anywhere; {@code role} LEGAL_BASIS, PARENT or MENTIONED, {@code citedIn} where. */
    public record Citation(String kind, String number, LocalDate date, String issuer, String role, String citedIn,
                           String text, int lineNumber) {
    }

    /** A numbered section with its paragraphs and bullets. */
    public record Section(String level, String number, String path, String title, List<Block> blocks,
                          List<Section> subsections, int lineNumber) {
        public Section {
            blocks = copy(blocks);
            subsections = copy(subsections);
        }
    }

    public record Block(boolean bullet, String marker, String text, int lineNumber) {
    }

    /** A unit's duties from the organisation section, the unit as written. */
    public record Responsibility(String unitName, List<String> duties, String sectionPath, int lineNumber) {
        public Responsibility {
            duties = copy(duties);
        }
    }

    /** A duty to repeat, stated in prose; {@code frequency} is the parser's frequency name (QUARTERLY…). */
    public record RecurringDuty(String frequency, String frequencyLabel, List<String> units, String dutyText,
                                String sourceSentence, String sectionPath, int lineNumber) {
        public RecurringDuty {
            units = copy(units);
        }
    }

    public record Signer(String name, String title, String authority) {
    }

    /** One appendix row; {@code periodText} as written (null when the cell is missing), units as written. */
    public record Task(String groupNumeral, String groupTitle, String groupKind, Integer quarter, int rowNumber,
                       String content, String periodText, String periodKind, boolean periodInferred,
                       LocalDate dueDate, String dueBasis, String leadUnit, List<String> coordinatingUnits,
                       int lineNumber) {
        public Task {
            coordinatingUnits = copy(coordinatingUnits);
        }
    }
}
