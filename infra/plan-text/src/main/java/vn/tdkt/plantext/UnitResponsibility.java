package vn.tdkt.plantext;

import java.util.List;

/**
 * What one named unit is asked to do, from the organisation section ("TỔ CHỨC THỰC HIỆN").
 *
 * @param unitName    the unit as written ("Sở Nội vụ", "Các cơ quan, đơn vị, địa phương tham gia cụm, khối
 *                    thi đua của tỉnh"); resolving it against the registry is the application layer's job
 * @param duties      one entry per bullet, and one per sentence of prose
 * @param sectionPath where the unit is named, e.g. "III.5"
 * @param lineNumber  1-based line where the unit is named
 */
public record UnitResponsibility(String unitName, List<String> duties, String sectionPath, int lineNumber) {

    public UnitResponsibility {
        duties = List.copyOf(duties);
    }
}
