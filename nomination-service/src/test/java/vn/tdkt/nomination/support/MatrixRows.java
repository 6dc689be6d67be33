package vn.tdkt.nomination.support;

import static org.springframework.http.HttpMethod.GET;
import static vn.tdkt.nomination.support.MatrixCallers.COLUMNS;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;

import java.util.stream.Stream;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;

/**
 * The access rules the blocks of the service's security matrix share, each the (caller, status) pairs of one line of
 * the table in {@link MatrixCallers#COLUMNS} order, and the rows of the endpoint families written with them. An
 * endpoint that follows no shared rule keeps its own {@code COLUMNS.statuses(…)} line, so that it stands out in its
 * block.
 */
public final class MatrixRows {

    private MatrixRows() {
    }

    /** Every role reads it (a list shows each caller what it may see); a token without role is refused. */
    public static Object[] everyRole() {
        return COLUMNS.statuses(200, 200, 403, 401, 200, 200, 200, 200);
    }

    /** One unit's resource, read by its officer and the province-wide roles; another unit's officer gets 404. */
    public static Object[] ownUnitAndProvince() {
        return COLUMNS.statuses(200, 404, 403, 401, 200, 200, 200, 200);
    }

    /** Sở Nội vụ only (an administrator holds SNV_OFFICER, so answers as Sở Nội vụ): every other role gets 403. */
    public static Object[] snvOnly(int status) {
        return COLUMNS.statuses(403, 403, 403, 401, status, 403, 403, status);
    }

    /** A change of one unit's resource, by its officer or Sở Nội vụ; another unit's officer gets 404. */
    public static Object[] ownUnitOrSnv(int status) {
        return COLUMNS.statuses(status, 404, 403, 401, status, 403, 403, status);
    }

    /** The unit's own act (submitting its dossiers or nominee lists): its officer only; another unit's gets 404. */
    public static Object[] ownUnitOnly(int status) {
        return COLUMNS.statuses(status, 404, 403, 401, 403, 403, 403, 403);
    }

    /** A public page: every caller, with any token or none. */
    public static Object[] everyone(int status) {
        return COLUMNS.statuses(status, status, status, status, status, status, status, status);
    }

    /** {@code GET} of each of {@code paths}, answering as {@code statuses}; each endpoint's rows are named by it. */
    public static Stream<Row> gets(Object[] statuses, String... paths) {
        return Stream.of(paths).flatMap(path -> endpoint("GET " + path, GET, path, statuses));
    }

    /** A collection: its list ({@link #everyRole()}) and one of its items ({@link #ownUnitAndProvince()}). */
    public static Stream<Row> collection(String list, String item) {
        return rows(gets(everyRole(), list), gets(ownUnitAndProvince(), item));
    }
}
