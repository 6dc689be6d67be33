package vn.tdkt.nomination.council.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.council.domain.AgendaItem;
import vn.tdkt.nomination.council.domain.ConflictReason;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.Recusal;
import vn.tdkt.nomination.council.domain.SessionStatus;
import vn.tdkt.nomination.council.domain.Tally;

/**
 * A session as one of its members sees it on the voting page: only their own state per item (may vote, voted,
 * recused, …), never anyone's choice; the result of each item once the ballot is closed.
 *
 * @param present whether the member is recorded present; {@code null} before attendance is taken
 */
public record MySession(String sessionId, String councilName, Instant startsAt, String location,
        SessionStatus status, String statusLabel, Boolean present, List<Item> items) {

    /** What the member can do about an item. */
    @RequiredArgsConstructor
    public enum ItemState {
        CAN_VOTE("Chưa bỏ phiếu"),
        VOTED("Đã bỏ phiếu"),
        RECUSED("Không tham gia biểu quyết"),
        WAITING("Chưa mở bỏ phiếu"),
        NOT_PRESENT("Chưa được ghi nhận có mặt tại cuộc họp"),
        NOT_VOTED("Không bỏ phiếu");

        @Getter
        private final String label;
    }

    /**
     * @param passed approved by the required share of the total membership; {@code null} until the ballot closes
     */
    public record Item(String dossierId, String subjectName, String awardName, String unitCode, ItemState state,
            String stateLabel, ConflictReason recusalReason, String recusalLabel, Boolean passed, Integer approvals,
            Integer totalMembers) {
    }

    static MySession of(CouncilSession session, String memberId, Set<String> voted) {
        Boolean present = session.present().map(p -> p.contains(memberId)).orElse(null);
        List<Item> items = session.agenda().stream().map(item -> item(session, item, memberId, voted)).toList();
        return new MySession(session.id(), session.councilName(), session.startsAt(), session.location(),
                session.status(), session.status().label(), present, items);
    }

    private static Item item(CouncilSession session, AgendaItem item, String memberId, Set<String> voted) {
        ConflictReason recusal = session.recusal(memberId, item.dossierId()).map(Recusal::reason).orElse(null);
        ItemState state;
        if (recusal != null) {
            state = ItemState.RECUSED;
        } else if (voted.contains(item.dossierId())) {
            state = ItemState.VOTED;
        } else if (session.status() == SessionStatus.SCHEDULED) {
            state = ItemState.WAITING;
        } else if (session.status() == SessionStatus.BALLOT_OPEN) {
            state = session.isPresent(memberId) ? ItemState.CAN_VOTE : ItemState.NOT_PRESENT;
        } else {
            state = ItemState.NOT_VOTED;
        }
        Tally tally = session.tally(item.dossierId()).orElse(null);
        return new Item(item.dossierId(), item.subjectName(), item.awardName(), item.unitCode(), state, state.label(),
                recusal, recusal == null ? null : recusal.label(), tally == null ? null : tally.passed(), tally == null ? null : tally.approvals(),
                tally == null ? null : tally.totalMembers());
    }
}
