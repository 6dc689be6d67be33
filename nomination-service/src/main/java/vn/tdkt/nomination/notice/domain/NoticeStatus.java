package vn.tdkt.nomination.notice.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A public notice is open for comments during its window, then closed (by the scheduled scan, exactly once). */
@RequiredArgsConstructor
@Getter
public enum NoticeStatus {
    OPEN("Đang lấy ý kiến"),
    CLOSED("Đã kết thúc lấy ý kiến");

    private final String label;
}
