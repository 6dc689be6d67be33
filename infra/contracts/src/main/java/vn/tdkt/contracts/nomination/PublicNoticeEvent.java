package vn.tdkt.contracts.nomination;

import vn.tdkt.contracts.EventPayload;

/** Every event a public notice (công khai lấy ý kiến) publishes. Keyed by {@code noticeId}. */
public sealed interface PublicNoticeEvent extends EventPayload
        permits NoticeOpened, NoticeClosed {

    /** The notice this event is about. */
    NoticeRef notice();

    @Override
    default String aggregateId() {
        return notice().noticeId();
    }
}
