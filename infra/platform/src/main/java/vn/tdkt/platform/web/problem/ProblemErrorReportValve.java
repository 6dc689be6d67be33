package vn.tdkt.platform.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers what Tomcat refuses before Spring sees the request, such as a request line or headers over the size limit,
 * with the same RFC 9457 problem as every other error, in place of Tomcat's HTML page. Errors that reach Spring never
 * get here: {@link ProblemDetailsAdvice} has already written their body. The problem comes from {@link Problems} in
 * the language the application's {@link LocaleResolver} picks, as everywhere else; when Tomcat stopped before the
 * headers, there is no {@code Accept-Language} and that is the default, Vietnamese.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    static final String REJECTED = "request.rejected";
    static final String INTERNAL = "internal.error";

    private final Problems problems;
    // looked up when an error is reported: Spring MVC's resolver cannot be built before the servlet context exists,
    // and this valve is made while the web server is being configured
    private final ObjectProvider<LocaleResolver> locales;
    private final JsonMapper json;

    public ProblemErrorReportValve(Problems problems, ObjectProvider<LocaleResolver> locales, JsonMapper json) {
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            // the type and charset first: the writer takes its encoding when it is opened
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            writer.write(json.writeValueAsString(problem(request, status)));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is already gone or the response is committed: nothing more can be said to the client
            container.getLogger().debug("Could not write the problem for status " + status, e);
        }
    }

    private ProblemDetail problem(Request request, int status) {
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus shown = known != null ? known
                : status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locales.getObject().resolveLocale(request.getRequest()));
        try {
            return problems.create(shown, shown.is5xxServerError() ? INTERNAL : REJECTED, List.of());
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
