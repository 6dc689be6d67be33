package vn.tdkt.notification.email.domain;

import vn.tdkt.notification.inbox.domain.InboxEntry;

/** Turns an inbox entry into the e-mail that announces it. */
public final class EmailComposer {

    static final String SUBJECT_PREFIX = "[TĐKT] ";
    static final String FOOTER = """


            Chi tiết xem tại mục Thông báo của Hệ thống quản lý thi đua, khen thưởng tỉnh Sơn La.
            --
            Thư được gửi tự động, vui lòng không trả lời thư này.""";

    private EmailComposer() {
    }

    public static EmailMessage compose(InboxEntry entry, String to) {
        return new EmailMessage(to, SUBJECT_PREFIX + entry.title(), entry.body() + FOOTER);
    }
}
