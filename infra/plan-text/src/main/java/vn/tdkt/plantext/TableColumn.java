package vn.tdkt.plantext;

import java.util.Optional;

/** Roles of the appendix table's columns, recognised from the header cell text. */
enum TableColumn {
    NUMBER, CONTENT, PERIOD, LEAD, COORDINATORS, NOTE, OTHER;

    static Optional<TableColumn> fromHeader(String cell) {
        String f = VietnameseText.fold(cell);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        if (f.equals("tt") || f.equals("stt") || f.equals("so tt") || f.equals("so thu tu")) {
            return Optional.of(NUMBER);
        }
        if (f.contains("phoi hop")) {
            return Optional.of(COORDINATORS);
        }
        if (f.contains("chu tri") || f.startsWith("don vi thuc hien") || f.startsWith("co quan thuc hien")
                || f.startsWith("co quan, don vi thuc hien")) {
            return Optional.of(LEAD);
        }
        if (f.startsWith("thoi gian") || f.startsWith("thoi han") || f.startsWith("tien do") || f.startsWith("han hoan thanh")
                || f.startsWith("moc thoi gian") || f.startsWith("thoi diem")) {
            return Optional.of(PERIOD);
        }
        if (f.startsWith("noi dung") || f.startsWith("nhiem vu") || f.startsWith("ten nhiem vu") || f.startsWith("cong viec")
                || f.startsWith("ten cong viec") || f.startsWith("hoat dong")) {
            return Optional.of(CONTENT);
        }
        if (f.startsWith("ghi chu")) {
            return Optional.of(NOTE);
        }
        if (f.startsWith("san pham") || f.startsWith("ket qua") || f.startsWith("kinh phi") || f.startsWith("du kien san pham")) {
            return Optional.of(OTHER);
        }
        return Optional.empty();
    }
}
