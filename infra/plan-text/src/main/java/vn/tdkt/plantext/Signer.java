package vn.tdkt.plantext;

/**
 * Who signed the plan.
 *
 * @param name      e.g. "Nguyễn Đình Việt"; null if not found
 * @param title     the signer's position line, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH"; null if not found
 * @param authority the "on behalf of" line, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; null if none
 */
public record Signer(String name, String title, String authority) {
}
