package vn.tdkt.plantext;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Tells whether a short text names an organisation (a unit, a group of units or an office holder)
 * rather than an action or a period. It is a heuristic on the first words, because the importer must
 * work before the names are resolved against the unit registry; the application layer can add the
 * registry through {@code knownUnit} to catch names that do not start with a usual word.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class UnitNameRecognizer {

    /** Folded first words of unit names in provincial documents. */
    private static final List<String> UNIT_STARTS = List.of(
            "so ", "cac so", "ban ", "cac ban", "van phong", "vp ", "uy ban", "ubnd", "ub ", "hoi dong", "hdtdkt", "hdnd",
            "thanh vien", "cac thanh vien", "co quan", "cac co quan", "don vi", "cac don vi", "cac dia phuong", "dia phuong",
            "cac nganh", "nganh ", "truong khoi", "truong cum", "cac truong khoi", "cac truong cum", "pho truong khoi",
            "cum thi dua", "khoi thi dua", "cac cum", "cac khoi", "cum, khoi", "cong an", "bo chi huy", "bo doi bien phong",
            "bao ", "dai ", "trung tam", "lien doan", "lien minh", "hoi ", "cac hoi", "mat tran", "ubmttq", "mttq", "tinh doan",
            "tinh uy", "thuong truc", "doan ", "phong ", "cac phong", "cuc ", "chi cuc", "kho bac", "bao hiem", "thue ",
            "thanh tra", "truong ", "cac truong", "benh vien", "vien ", "quy ", "ngan hang", "chu tich", "pho chu tich",
            "giam doc", "thu truong", "nguoi dung dau", "lanh dao", "cac to chuc", "doanh nghiep", "cac doanh nghiep",
            "cac co so", "hoc vien", "dai hoc", "cong ty", "tong cong ty", "tap doan", "bo ", "cac bo", "tong cuc",
            "cac to ", "to chuyen mon", "xa ", "phuong ", "dac khu", "cac xa", "thi xa", "thanh pho", "huyen ", "ban chi dao", "to cong tac",
            "cac co quan, don vi", "ubnd cac", "uy ban nhan dan cac");

    /** Folded first words that look like a unit but start an action or a document title. */
    private static final List<String> NOT_UNIT_STARTS = List.of(
            "ban hanh", "bao cao", "hoi nghi", "hoi thi", "hoi thao", "hoi dien", "phong trao", "phong chong",
            "doan ket", "truong hop", "bo sung", "bo tri", "thanh tra, kiem tra", "tinh hinh", "tinh than", "huyen thoai",
            "quy dinh", "quy che", "quy trinh", "thue bao", "vien chuc", "dai hoi", "bao dam", "bao ve", "thong bao",
            "phuong an", "phuong thuc", "phuong huong", "phuong tien", "phuong phap", "phuong cham", "dai dien", "dai bieu",
            "ban giao", "doan dai bieu");

    /** "Quý III" folds to "quy iii", which would otherwise read as "Quỹ …". */
    private static final Pattern QUARTER = Pattern.compile("^quy ([ivx]+|[1-4])\\b");

    private final Predicate<String> knownUnit;

    boolean looksLikeUnit(String text) {
        String name = StructureRecognizer.withoutBullet(text);
        if (name.isEmpty() || VietnameseText.wordCount(name) > 30) {
            return false;
        }
        if (knownUnit.test(VietnameseText.stripNamePunctuation(name))) {
            return true;
        }
        String folded = VietnameseText.fold(name) + " ";
        if (QUARTER.matcher(folded).find()) {
            return false;
        }
        for (String excluded : NOT_UNIT_STARTS) {
            if (folded.startsWith(excluded)) {
                return false;
            }
        }
        for (String start : UNIT_STARTS) {
            if (folded.startsWith(start)) {
                return true;
            }
        }
        return false;
    }
}
