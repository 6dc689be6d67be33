package vn.tdkt.nomination.dossier.domain;

import java.util.EnumSet;
import java.util.Set;

/** What can be done to a dossier, and in which states (any other state answers 409). */
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

    private final String label;
    private final Set<DossierStatus> allowedFrom;

    DossierAction(String label, Set<DossierStatus> allowedFrom) {
        this.label = label;
        this.allowedFrom = allowedFrom;
    }

    public String label() {
        return label;
    }

    public boolean allowedFrom(DossierStatus status) {
        return allowedFrom.contains(status);
    }
}
