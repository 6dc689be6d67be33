package vn.tdkt.plan.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The text-level content of a plan (everything except tasks and lifecycle).
 *
 * @param code     number and symbol, e.g. "01/KH-UBND"
 * @param sections the document's body as a tree of headings and text
 */
public record PlanContent(String code, LocalDate issuedOn, String issuerUnit, Signer signer, String title, int year,
                          PlanKind kind, String parentPlanId, List<LegalBasisRef> legalBases, List<Section> sections,
                          List<Responsibility> responsibilities, List<String> recipients) {

    public PlanContent {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        sections = sections == null ? List.of() : List.copyOf(sections);
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** Who signed: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Đình Việt". */
    public record Signer(String name, String title) {
    }

    /**
     * A basis of the plan: a "Căn cứ …" reference, or the higher-level document it implements.
     *
     * @param kind   "Luật", "Nghị định", "Kế hoạch"…; null when not known
     * @param issuer who issued it ("Chính phủ", "Ủy ban nhân dân tỉnh"); null when not known
     */
    public record LegalBasisRef(String documentNumber, LocalDate date, String text, String kind, String issuer) {
    }

    /** A heading with its text and sub-sections. */
    public record Section(String heading, String text, List<Section> children) {
        public Section {
            children = children == null ? List.of() : List.copyOf(children);
        }
    }

    /** A unit's duties in "Tổ chức thực hiện"; the unit is a registry code, or the name as written if unresolved. */
    public record Responsibility(String unitCode, String unresolvedName, List<String> duties) {
        public Responsibility {
            duties = duties == null ? List.of() : List.copyOf(duties);
        }
    }
}
