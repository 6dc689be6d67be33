package vn.tdkt.platformtest.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * The rows of a service's security matrix (every endpoint × own unit, other unit, lower role, anonymous): each row
 * is one endpoint called by one caller and the status it must answer. {@link #endpoint} writes an endpoint's rows
 * from (caller, status) pairs and adds the anonymous row (401) that every endpoint has; the test makes the row's
 * fixtures and performs {@link Row#request}, with the fixtures' ids put in for the placeholders.
 */
public final class SecurityMatrix {

    /** The callers every matrix has whatever its units ({@link TestTokens}): Sở Nội vụ, admin, leader, council. */
    public static final Caller SNV = new Caller("snv", TestTokens.snvOfficer());
    public static final Caller ADMIN = new Caller("admin", TestTokens.admin());
    public static final Caller LEADER = new Caller("leader", TestTokens.leader());
    public static final Caller COUNCIL_MEMBER = new Caller("council member", TestTokens.councilMember());

    private SecurityMatrix() {
    }

    /** A caller of the matrix: a token, and the name it gives the row ("own", "other", "no role"). */
    public record Caller(String name, RequestPostProcessor token) {
    }

    /** A unit officer of {@code unit}, named for the rows by what the unit is to the fixtures ("own", "other"). */
    public static Caller unitOfficer(String name, String unit) {
        return new Caller(name, TestTokens.unitOfficer(unit));
    }

    /** A valid token of {@code unit} with no role at all. */
    public static Caller noRole(String unit) {
        return new Caller("no role", TestTokens.noRole(unit));
    }

    /**
     * One row: {@code path} and {@code body} may hold placeholders ({@code {task}}) for fixtures made per row; a
     * {@code null} caller is anonymous.
     */
    public record Row(String name, HttpMethod method, String path, String contentType, String body,
            RequestPostProcessor caller, int status) {

        /** The request of this row, each of its path and body passed through {@code placeholders} first. */
        public MockHttpServletRequestBuilder request(UnaryOperator<String> placeholders) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, placeholders.apply(path));
            if (body != null) {
                request.contentType(contentType).content(placeholders.apply(body));
            }
            if (caller != null) {
                request.with(caller);
            }
            return request;
        }

        @Override
        public String toString() {
            return name + " → " + status;
        }
    }

    /**
     * One endpoint's rows. {@code expected} pairs a caller with the status it gets ({@code OWN, 200, NO_ROLE, 403});
     * the row "{@code <name> anonymous} → 401" is added.
     */
    public static Stream<Row> endpoint(String name, HttpMethod method, String path, String contentType, String body,
            Object... expected) {
        if (expected.length % 2 != 0) {
            throw new IllegalArgumentException(name + ": expected (caller, status) pairs");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < expected.length; i += 2) {
            Caller caller = (Caller) expected[i];
            rows.add(new Row(name + " " + caller.name(), method, path, contentType, body, caller.token(),
                    (Integer) expected[i + 1]));
        }
        rows.add(new Row(name + " anonymous", method, path, contentType, body, null, 401));
        return rows.stream();
    }

    /** One endpoint's rows, for an endpoint without a request body. */
    public static Stream<Row> endpoint(String name, HttpMethod method, String path, Object... expected) {
        return endpoint(name, method, path, null, null, expected);
    }
}
