package vn.tdkt.nomination.council.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Why a member does not vote on an agenda item (a recorded recusal). */
@RequiredArgsConstructor
@Getter
public enum ConflictReason {
    /** The member is the person proposed (same national ID, or same name and date of birth). */
    IS_NOMINEE("Thành viên là người được đề nghị khen thưởng"),
    /** The member belongs to the nominee's unit or to the proposing unit. */
    SAME_UNIT("Thành viên thuộc đơn vị của người được đề nghị"),
    /** The member declared a relationship with the dossier or the person. */
    DECLARED_RELATIONSHIP("Thành viên đã kê khai có quan hệ với người được đề nghị"),
    /** Recorded at the meeting at the member's own request or the chair's. */
    DECLARED_AT_MEETING("Thành viên xin không tham gia biểu quyết");

    private final String label;
}
