package vn.tdkt.nomination.register.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.catalogue.domain.DecisionLevel;
import vn.tdkt.nomination.rules.domain.AuthorityLevel;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * Who signed an award decision (thẩm quyền quyết định, Luật Thi đua, khen thưởng 2022 Điều 80; NĐ 129/2025 Điều 59;
 * DOMAIN §2.4). The names are those the {@code award-decided} event carries; each maps to the level the rules engine
 * judges (R-AUTH-01/02/03).
 */
@RequiredArgsConstructor
@Getter
public enum DecidingAuthority implements Labelled {
    CHU_TICH_UBND_TINH(AuthorityLevel.PROVINCE_CHAIRMAN, false),
    CHU_TICH_UBND_XA(AuthorityLevel.COMMUNE_CHAIRMAN, false),
    THU_TRUONG_SO_NGANH(AuthorityLevel.DEPARTMENT_HEAD, false),
    GIAM_DOC_DOANH_NGHIEP(AuthorityLevel.ENTERPRISE_DIRECTOR, false),
    CHU_TICH_HDQT(AuthorityLevel.BOARD_CHAIR, false),
    /** Only in history: the district level ended on 01/7/2025 (its powers went to the commune chair). */
    CHU_TICH_UBND_HUYEN(AuthorityLevel.DISTRICT_CHAIRMAN, false),
    THU_TUONG(AuthorityLevel.PRIME_MINISTER, true),
    CHU_TICH_NUOC(AuthorityLevel.PRESIDENT, true);

    /** The level the rules engine judges. */
    private final AuthorityLevel level;
    /** A central authority decides the forms the province forwards (chuyển Trung ương). */
    private final boolean central;

    /** The Vietnamese label of the level the authority decides at. */
    @Override
    public String label() {
        return level.label();
    }

    /** The English label of the level the authority decides at. */
    @Override
    public String labelEn() {
        return level.labelEn();
    }

    /** The catalogue's level of the awards this authority decides: the province, central, or a unit's own. */
    public DecisionLevel decisionLevel() {
        return central ? DecisionLevel.FORWARDED
                : this == CHU_TICH_UBND_TINH ? DecisionLevel.PROVINCE : DecisionLevel.UNIT;
    }
}
