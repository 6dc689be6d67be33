package vn.tdkt.notification.notice.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * Who inside (or around) a unit a notice addresses: the unit's TĐKT desk, the head of the unit (người đứng đầu,
 * for escalations), or one person known by e-mail address (an awardee, a council member).
 */
@RequiredArgsConstructor
@Getter
public enum Audience {
    UNIT("Đơn vị (bộ phận thi đua, khen thưởng)"),
    HEAD("Người đứng đầu đơn vị"),
    PERSON("Cá nhân");

    private final String label;
}
