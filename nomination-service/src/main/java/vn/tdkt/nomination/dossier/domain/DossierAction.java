package vn.tdkt.nomination.dossier.domain;

import java.util.EnumSet;
import java.util.Set;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What can be done to a dossier, and in which states (any other state answers 409). */
@RequiredArgsConstructor
public enum DossierAction {
    EDIT("sửa", EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED)),
    ATTACH("đính kèm tài liệu vào", EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED)),
    DETACH("gỡ tài liệu khỏi", EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED)),
    SUBMIT("gửi", EnumSet.of(DossierStatus.DRAFT)),
    RECALL("rút", EnumSet.of(DossierStatus.SUBMITTED)),
    ASSIGN("phân công thẩm định", EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.UNDER_APPRAISAL)),
    RETURN("trả lại", EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.UNDER_APPRAISAL)),
    RESUBMIT("gửi lại", EnumSet.of(DossierStatus.RETURNED)),
    APPRAISE("thẩm định", EnumSet.of(DossierStatus.UNDER_APPRAISAL));

    @Getter
    private final String label;
    private final Set<DossierStatus> allowedFrom;

    public boolean allowedFrom(DossierStatus status) {
        return allowedFrom.contains(status);
    }
}
