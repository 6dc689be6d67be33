package vn.tdkt.nomination.council.domain;

/** What may be done to a session, for the 409 problem when its state does not allow it. */
public enum SessionAction {
    ATTENDANCE,
    RECUSAL,
    WRITTEN_VOTE,
    OPEN_BALLOT,
    CLOSE_BALLOT,
    CANCEL
}
