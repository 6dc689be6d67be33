package vn.tdkt.plantext;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * A DOCX or PDF the reader cannot turn into text: a scanned PDF without a text layer, a damaged or password-protected
 * file, an old binary Word file, a DOCX or PDF that would cost more to read, or bring in more text, than a plan can.
 * Each reason's label says what to do.
 */
public class UnreadableDocumentException extends RuntimeException {

    /** Why the document could not be read. */
    @RequiredArgsConstructor
    public enum Reason {
        NO_TEXT_LAYER("Tệp PDF không có lớp văn bản (bản quét, ảnh chụp); hãy tải lên bản PDF xuất từ Word hoặc tệp DOCX."),
        ENCRYPTED("Tệp PDF có mật khẩu; hãy gỡ mật khẩu rồi tải lên lại."),
        LEGACY_WORD("Tệp Word định dạng cũ (.doc) chưa đọc được; hãy lưu thành .docx rồi tải lên lại."),
        DAMAGED("Tệp bị hỏng hoặc không đúng định dạng DOCX/PDF."),
        TOO_LARGE("Tệp giải nén ra nhiều nội dung hơn một kế hoạch có thể có hoặc quá phức tạp để đọc; hãy tải"
                + " lên bản PDF xuất từ Word hoặc tệp DOCX của chính kế hoạch.");

        /** What the officer should do, in Vietnamese (services show their own localised message for the reason). */
        @Getter
        private final String label;
    }

    @Getter
    private final Reason reason;
    /** Technical detail for the client (pages, characters found, the parser's complaint). */
    @Getter
    private final String detail;

    public UnreadableDocumentException(Reason reason, String detail) {
        super(reason.name() + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }
}
