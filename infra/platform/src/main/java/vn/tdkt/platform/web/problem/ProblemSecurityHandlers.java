package vn.tdkt.platform.web.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;
import lombok.RequiredArgsConstructor;

/** 401 and 403 raised by the security filter chain, written as problem details like every other error. */
@RequiredArgsConstructor
public class ProblemSecurityHandlers {

    private final Problems problems;
    private final JsonMapper json;

    public AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, problems.create(HttpStatus.UNAUTHORIZED, "security.unauthenticated", List.of()));
        };
    }

    public AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) ->
                write(response, problems.create(HttpStatus.FORBIDDEN, "security.forbidden", List.of()));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
