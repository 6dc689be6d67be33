package vn.tdkt.plantext;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Why an upload was not accepted as plan text; each reason has a distinct user message. */
@RequiredArgsConstructor
@Getter
public enum RejectionReason {
    EMPTY("Tệp không có nội dung."),
    TOO_LARGE("Tệp vượt quá dung lượng cho phép."),
    BINARY_CONTENT("Tệp không phải văn bản thuần (có byte NUL hoặc là tệp nhị phân như PDF, DOCX); hãy gửi đúng kiểu tệp."),
    INVALID_UTF8("Tệp không được mã hoá UTF-8 hợp lệ."),
    NOT_TEXT("Tệp chứa quá nhiều ký tự không in được, không giống văn bản.");

    private final String label;
}
