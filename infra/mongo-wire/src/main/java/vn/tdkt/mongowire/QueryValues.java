package vn.tdkt.mongowire;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/** How the indexes read values out of a query filter. */
final class QueryValues {

    private QueryValues() {
    }

    /**
     * A value an index can look up by equality or compare in a range: not null or missing (which also match absent
     * fields), not a document or an array (which compare as wholes), not a regular expression.
     */
    static boolean isScalar(Object value) {
        return !Missing.isNullOrMissing(value) && !(value instanceof Map) && !(value instanceof Collection)
                && !(value instanceof BsonRegularExpression) && !(value instanceof Pattern);
    }

    /**
     * Numbers as the wire server keys them in its indexes (as doubles, unless a long has no exact double), so that
     * 3, 3L and 3.0 find the same entry, as they match the same documents.
     */
    static Object normalize(Object value) {
        if (value instanceof Long longValue && longValue != (long) (double) longValue) {
            return value;
        }
        if (value instanceof Number number) {
            double doubleValue = number.doubleValue();
            return doubleValue == -0.0 ? 0.0 : doubleValue;
        }
        return value;
    }
}
