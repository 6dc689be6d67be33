package vn.tdkt.plantext;

import java.util.List;
import java.util.Optional;

/**
 * The preview of an imported plan: everything the parser could read, plus warnings. Nothing here is
 * resolved against the unit registry or persisted; names are as written in the document.
 *
 * @param format           how the input was written
 * @param header           identification block
 * @param legalBases       the plan's own bases: the "Căn cứ" lines, then the documents its preamble says it implements
 * @param preamble         paragraphs between the legal bases and the first section
 * @param sections         section tree (I, II, III… with 1., a), bullets)
 * @param closingRemarks   closing sentences of the body ("Yêu cầu … nghiêm túc triển khai thực hiện./.")
 * @param responsibilities per-unit duties from the organisation section
 * @param recurringDuties  duties to repeat (quarterly, semi-annual…) found in prose
 * @param recipients       the "Nơi nhận" list
 * @param signer           signer, or null if not found
 * @param appendixTasks    rows of the appendix task table(s), in order
 * @param warnings         what looks wrong or uncertain
 * @param citations        every document cited anywhere (bases, preamble, body), in order, each with its role
 */
public record ParsedPlan(DocumentFormat format, PlanHeader header, List<LegalBasis> legalBases, List<String> preamble,
                         List<PlanSection> sections, List<String> closingRemarks, List<UnitResponsibility> responsibilities,
                         List<RecurringDuty> recurringDuties, List<String> recipients, Signer signer,
                         List<AppendixTask> appendixTasks, List<ImportWarning> warnings,
                         List<DocumentCitation> citations) {

    public ParsedPlan {
        legalBases = List.copyOf(legalBases);
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        closingRemarks = List.copyOf(closingRemarks);
        responsibilities = List.copyOf(responsibilities);
        recurringDuties = List.copyOf(recurringDuties);
        recipients = List.copyOf(recipients);
        appendixTasks = List.copyOf(appendixTasks);
        warnings = List.copyOf(warnings);
        citations = List.copyOf(citations);
    }

    /** The documents the plan only mentions (not its own bases). */
    public List<DocumentCitation> mentionedDocuments() {
        return citations.stream().filter(citation -> !citation.role().isOwnBasis()).toList();
    }

    /** The section at a path such as "III" or "III.5". */
    public Optional<PlanSection> section(String path) {
        for (PlanSection section : sections) {
            Optional<PlanSection> found = section.find(path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Appendix rows listed under the group with this numeral ("I", "V"). */
    public List<AppendixTask> tasksInGroup(String numeral) {
        return appendixTasks.stream().filter(task -> task.group().numeral().equals(numeral)).toList();
    }

    public List<ImportWarning> warnings(WarningCode code) {
        return warnings.stream().filter(warning -> warning.code() == code).toList();
    }

    public Optional<UnitResponsibility> responsibilityOf(String unitName) {
        String key = VietnameseText.fold(unitName);
        return responsibilities.stream().filter(r -> VietnameseText.fold(r.unitName()).equals(key)).findFirst();
    }
}
