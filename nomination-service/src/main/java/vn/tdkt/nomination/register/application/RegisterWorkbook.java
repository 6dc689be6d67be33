package vn.tdkt.nomination.register.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.tdkt.nomination.facts.ratings.application.TemplateWorkbook;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.register.domain.RegisterColumn;

/** The historical-decisions template (Apache POI): Vietnamese headers, and a sheet explaining the values. */
final class RegisterWorkbook {

    static final String SHEET = "Sổ khen thưởng";

    private RegisterWorkbook() {
    }

    /** @param awards "CODE – name" of the awards of the catalogue in force */
    static byte[] template(List<String> awards) {
        List<String> help = new ArrayList<>();
        help.add("Mỗi dòng một khen thưởng đã quyết định. Cột có dấu (*) là "
                + "bắt buộc. Một dòng lỗi thì không dòng nào được nhập; nhập lại cùng tệp không ghi trùng.");
        help.add("Đối tượng: Cá nhân, Tập thể hoặc Hộ gia đình. Cá nhân cần "
                + "số định danh cá nhân (12 chữ số) hoặc ngày sinh (dd/mm/yyyy). Tập thể: mã đơn vị là mã của "
                + "chính tập thể.");
        help.add("Loại hình khen thưởng: Công trạng (mặc định), Chuyên đề, Đột xuất, Cống hiến.");
        help.add("Hình thức khen thưởng (mã hoặc tên):");
        for (String award : awards) {
            help.add("  " + award);
        }
        help.add("Thẩm quyền quyết định (mã hoặc tên):");
        for (DecidingAuthority authority : DecidingAuthority.values()) {
            help.add("  " + authority.name() + " – " + authority.label());
        }
        return TemplateWorkbook.create(SHEET, Stream.of(RegisterColumn.values()).map(RegisterColumn::header).toList(),
                22, help);
    }
}
