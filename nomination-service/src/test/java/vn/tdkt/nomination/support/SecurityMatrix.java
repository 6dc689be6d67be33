package vn.tdkt.nomination.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * What every block of the service's security matrix does the same way: one case per row × {@link Caller}, the
 * request sent with the caller's token, and a refusal answered as problem details. Each block keeps its own rows,
 * fixtures and the checks of what a refusal must leave unchanged.
 */
public final class SecurityMatrix {

    private SecurityMatrix() {
    }

    /** One parameterized case for each row asked by each caller, in row order. */
    public static <R> Stream<Arguments> cases(List<R> rows, BiFunction<R, Caller, Arguments> toCase) {
        return rows.stream().flatMap(row -> Stream.of(Caller.values()).map(caller -> toCase.apply(row, caller)));
    }

    /** Sends the request as the caller and returns the response, whatever its status. */
    public static MockHttpServletResponse send(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> request,
            Caller caller) throws Exception {
        caller.sign(request);
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A refused request is answered with problem details that carry a machine-readable code. */
    public static void assertProblem(MockHttpServletResponse response) throws Exception {
        assertThat(MediaType.parseMediaType(response.getContentType())
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("problem details").isTrue();
        assertThat((String) JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.code"))
                .isNotBlank();
    }
}
