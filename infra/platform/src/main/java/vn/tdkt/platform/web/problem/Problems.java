package vn.tdkt.platform.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import lombok.RequiredArgsConstructor;

/**
 * Builds RFC 9457 problem details with localised text: Vietnamese by default, English when the request asks
 * for it ({@code Accept-Language: en}). The stable, language-independent part is {@code code}, which clients
 * should switch on; {@code type} is derived from it.
 */
@RequiredArgsConstructor
public class Problems {

    public static final String TYPE_BASE = "https://tdkt.gov.vn/problems/";

    private final MessageSource messages;

    public ProblemDetail create(HttpStatus status, String code, List<Object> args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(code, args.toArray(), code, locale));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail validation(List<Map<String, String>> errors) {
        ProblemDetail problem = create(HttpStatus.BAD_REQUEST, "validation.failed", List.of(errors.size()));
        problem.setProperty("errors", errors);
        return problem;
    }

    public String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
