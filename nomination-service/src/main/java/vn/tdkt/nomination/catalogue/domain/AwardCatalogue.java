package vn.tdkt.nomination.catalogue.domain;

import static vn.tdkt.contracts.nomination.SubjectType.COLLECTIVE;
import static vn.tdkt.contracts.nomination.SubjectType.HOUSEHOLD;
import static vn.tdkt.contracts.nomination.SubjectType.INDIVIDUAL;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.platform.domain.DomainException;

/**
 * The titles and forms a province handles itself (DOMAIN §1.1–1.3, deciders per §2.4). State-level forms that
 * the province only forwards (Huân chương, Bằng khen Thủ tướng, CSTĐ toàn quốc...) are not in this slice.
 */
public final class AwardCatalogue {

    private static final List<AwardForm> PROVINCIAL = List.of(
            new AwardForm("LDTT", "Lao động tiên tiến", AwardKind.EMULATION_TITLE, DecisionLevel.UNIT,
                    Set.of(INDIVIDUAL)),
            new AwardForm("CSTDCS", "Chiến sĩ thi đua cơ sở", AwardKind.EMULATION_TITLE, DecisionLevel.UNIT,
                    Set.of(INDIVIDUAL)),
            new AwardForm("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", AwardKind.EMULATION_TITLE,
                    DecisionLevel.PROVINCE, Set.of(INDIVIDUAL)),
            new AwardForm("TTLDTT", "Tập thể lao động tiên tiến", AwardKind.EMULATION_TITLE, DecisionLevel.UNIT,
                    Set.of(COLLECTIVE)),
            new AwardForm("TTLDXS", "Tập thể lao động xuất sắc", AwardKind.EMULATION_TITLE,
                    DecisionLevel.PROVINCE, Set.of(COLLECTIVE)),
            new AwardForm("CO_TINH", "Cờ thi đua của UBND tỉnh", AwardKind.EMULATION_TITLE,
                    DecisionLevel.PROVINCE, Set.of(COLLECTIVE)),
            new AwardForm("BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", AwardKind.COMMENDATION,
                    DecisionLevel.PROVINCE, Set.of(INDIVIDUAL, COLLECTIVE, HOUSEHOLD)),
            new AwardForm("GIAY_KHEN", "Giấy khen", AwardKind.COMMENDATION, DecisionLevel.UNIT,
                    Set.of(INDIVIDUAL, COLLECTIVE)));

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

    /** The catalogue a province uses by default. */
    public static AwardCatalogue provincial() {
        return new AwardCatalogue(PROVINCIAL);
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
