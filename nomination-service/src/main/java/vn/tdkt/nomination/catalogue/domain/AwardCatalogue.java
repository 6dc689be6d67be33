package vn.tdkt.nomination.catalogue.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.platform.domain.DomainException;

/**
 * The awards of one catalogue version, by code (DOMAIN §1.1–1.3, deciders per §2.4). The catalogue is data: see
 * {@code catalogue/*.yaml} and {@link CatalogueData}; {@code CatalogueService.inForceOn(date)} gives the version in
 * force on a decision date.
 */
public final class AwardCatalogue {

    private final Map<String, AwardForm> byCode;

    public AwardCatalogue(List<AwardForm> forms) {
        Map<String, AwardForm> map = new LinkedHashMap<>();
        for (AwardForm form : forms) {
            if (map.putIfAbsent(form.code(), form) != null) {
                throw new IllegalArgumentException("duplicate award code " + form.code());
            }
        }
        this.byCode = map;
    }

    /**
     * The latest bundled version (tests and callers without a decision date). Prefer
     * {@code CatalogueService.inForceOn(decisionDate)}, which also knows the versions an administrator published.
     */
    public static AwardCatalogue provincial() {
        List<CatalogueVersion> versions = CatalogueData.bundled().versions();
        return new CatalogueTimeline(versions).latest().orElseThrow().catalogue();
    }

    public List<AwardForm> all() {
        return List.copyOf(byCode.values());
    }

    public List<AwardForm> forSubjectType(SubjectType subjectType) {
        return byCode.values().stream().filter(form -> form.appliesTo(subjectType))
                .sorted(Comparator.comparing(AwardForm::code)).toList();
    }

    public Optional<AwardForm> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The award with this code that can be proposed for this kind of subject.
     *
     * @throws DomainException INVALID {@code award.unknown} or {@code award.subject-type-mismatch}
     */
    public AwardForm require(String code, SubjectType subjectType) {
        AwardForm form = find(code).orElseThrow(() -> DomainException.invalid("award.unknown", code));
        if (!form.appliesTo(subjectType)) {
            throw DomainException.invalid("award.subject-type-mismatch", code, subjectType);
        }
        return form;
    }
}
