package vn.tdkt.platform.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers what Tomcat refuses before Spring sees the request, such as a request line or headers over the size limit,
 * with the same RFC 9457 problem as every other error, in place of Tomcat's HTML page. Errors that reach Spring never
 * get here: {@link ProblemDetailsAdvice} has already written their body.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    static final String REJECTED = "request.rejected";
    static final String INTERNAL = "internal.error";

    private final MessageSource messages;
    private final JsonMapper json;

    public ProblemErrorReportValve(MessageSource messages, JsonMapper json) {
        this.messages = messages;
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
            writer.write(json.writeValueAsString(problem(status, locale(request))));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is already gone or the response is committed: nothing more can be said to the client
            container.getLogger().debug("Could not write the problem for status " + status, e);
        }
    }

    private Map<String, Object> problem(int status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? String.valueOf(status) : known.getReasonPhrase();
        String code = status >= 500 ? INTERNAL : REJECTED;
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_BASE + code);
        problem.put("title", messages.getMessage("problem.title." + status, null, reason, locale));
        problem.put("status", status);
        problem.put("detail", messages.getMessage(code, null, code, locale));
        problem.put("code", code);
        return problem;
    }

    /** Vietnamese unless the caller asks for English, as for every other problem; headers may not have been read. */
    private static Locale locale(Request request) {
        String accepted = request.getCoyoteRequest().getMimeHeaders().getHeader("Accept-Language");
        return accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
