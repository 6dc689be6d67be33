package vn.tdkt.platformtest.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * The rows of a service's security matrix (every endpoint × own unit, other unit, lower role, anonymous): each row
 * is one endpoint called by one caller and the status it must answer. {@link #endpoint} writes an endpoint's rows
 * from (caller, status) pairs and adds the anonymous row (401) that every endpoint has, unless the pairs name
 * {@link #ANONYMOUS} themselves (a public page); the test makes the row's fixtures and performs {@link Row#request},
 * with the fixtures' ids put in for the placeholders.
 */
public final class SecurityMatrix {

    /** The callers every matrix has whatever its units ({@link TestTokens}): Sở Nội vụ, admin, leader, council. */
    public static final Caller SNV = new Caller("snv", TestTokens.snvOfficer());
    public static final Caller ADMIN = new Caller("admin", TestTokens.admin());
    public static final Caller LEADER = new Caller("leader", TestTokens.leader());
    public static final Caller COUNCIL_MEMBER = new Caller("council member", TestTokens.councilMember());
    /**
     * A unit officer's token that names no unit: whatever authorities it was granted, its reads cannot be scoped to a
     * unit, so it must never see any unit's data.
     */
    public static final Caller NO_UNIT = new Caller("unit officer without unit", TestTokens.withoutUnit("UNIT_OFFICER"));
    /** The content type of a JSON body. */
    public static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    /** No token at all. */
    public static final Caller ANONYMOUS = new Caller("anonymous", null);

    private SecurityMatrix() {
    }

    /** A caller of the matrix: a token ({@code null}: none), and the name it gives the row ("own", "other"). */
    public record Caller(String name, RequestPostProcessor token) {

        @Override
        public String toString() {
            return name;
        }
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
     * An endpoint's request that a method, path and body cannot say (a multipart upload, query parameters), built
     * with the row's fixtures' ids put in for the placeholders by {@code placeholders}.
     */
    @FunctionalInterface
    public interface Request {
        AbstractMockHttpServletRequestBuilder<?> build(UnaryOperator<String> placeholders);
    }

    /**
     * One row: its request (whose path and body may hold placeholders ({@code {task}}) for fixtures made per row),
     * the caller and the status it must answer; {@code path} is the request's path where the row was written with
     * one, and {@code given} what the test must make before the request (a state of its fixture), if anything.
     */
    public record Row(String name, String path, Request template, Object given, Caller caller, int status) {

        /** The request of this row, as its caller, each of its path and body passed through {@code placeholders}. */
        public AbstractMockHttpServletRequestBuilder<?> request(UnaryOperator<String> placeholders) {
            AbstractMockHttpServletRequestBuilder<?> request = template.build(placeholders);
            if (caller.token() != null) {
                request.with(caller.token());
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
     * the row "{@code <name> anonymous} → 401" is added unless {@link #ANONYMOUS} is among the pairs.
     */
    public static Stream<Row> endpoint(String name, HttpMethod method, String path, String contentType, String body,
            Object... expected) {
        return rows(name, path, placeholders -> {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, placeholders.apply(path));
            if (body != null) {
                request.contentType(contentType).content(placeholders.apply(body));
            }
            return request;
        }, expected);
    }

    /** One endpoint's rows, for an endpoint without a request body. */
    public static Stream<Row> endpoint(String name, HttpMethod method, String path, Object... expected) {
        return endpoint(name, method, path, null, null, expected);
    }

    /** One endpoint's rows, for a request that {@link Request} builds. */
    public static Stream<Row> endpoint(String name, Request request, Object... expected) {
        return rows(name, null, request, expected);
    }

    /** The matrix: the rows of all {@code endpoints}, in order. */
    @SafeVarargs
    public static Stream<Row> rows(Stream<Row>... endpoints) {
        return Stream.of(endpoints).flatMap(rows -> rows);
    }

    /** The rows of {@code endpoints}, each of which needs {@code given} made first ({@link Row#given}). */
    @SafeVarargs
    public static Stream<Row> given(Object given, Stream<Row>... endpoints) {
        return rows(endpoints)
                .map(row -> new Row(row.name(), row.path(), row.template(), given, row.caller(), row.status()));
    }

    private static Stream<Row> rows(String name, String path, Request request, Object... expected) {
        if (expected.length % 2 != 0) {
            throw new IllegalArgumentException(name + ": expected (caller, status) pairs");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < expected.length; i += 2) {
            Caller caller = (Caller) expected[i];
            rows.add(new Row(name + " " + caller.name(), path, request, null, caller, (Integer) expected[i + 1]));
        }
        if (rows.stream().noneMatch(row -> row.caller() == ANONYMOUS)) {
            rows.add(new Row(name + " anonymous", path, request, null, ANONYMOUS, 401));
        }
        return rows.stream();
    }

    /**
     * The callers of a matrix written as a table, in column order: {@code COLUMNS.statuses(200, 404, 403, 401)} is
     * the (caller, status) pairs of one endpoint's line.
     */
    public static Columns columns(Caller... callers) {
        return new Columns(List.of(callers));
    }

    /** The column order of a matrix written as a table. */
    public record Columns(List<Caller> callers) {

        /** One status for each caller, in column order, as {@link #endpoint}'s (caller, status) pairs. */
        public Object[] statuses(int... statuses) {
            if (statuses.length != callers.size()) {
                throw new IllegalArgumentException("one status for each of " + callers);
            }
            Object[] pairs = new Object[2 * statuses.length];
            for (int i = 0; i < statuses.length; i++) {
                pairs[2 * i] = callers.get(i);
                pairs[2 * i + 1] = statuses[i];
            }
            return pairs;
        }
    }

    /**
     * Performs the row and checks the status it answers; a refusal (4xx) must be problem details and leave
     * {@code state} (what the row's request could change, e.g. the collections' counts) as it was.
     *
     * @return the response, for the checks of what an answer shows
     */
    public static MockHttpServletResponse perform(MockMvc mvc, Row row, UnaryOperator<String> placeholders,
            Callable<?> state) throws Exception {
        Object before = state.call();
        MockHttpServletResponse response = mvc.perform(row.request(placeholders)).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s: %s", row.name(), response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(row.status());
        if (row.status() >= 400) {
            assertProblem(response);
            assertThat(state.call()).as("a refused request changes nothing").isEqualTo(before);
        }
        return response;
    }

    /** A refused request is answered with problem details that carry a machine-readable code. */
    public static void assertProblem(MockHttpServletResponse response) throws Exception {
        assertThat(MediaType.parseMediaType(response.getContentType())
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("problem details").isTrue();
        assertThat((String) JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.code"))
                .isNotBlank();
    }
}
