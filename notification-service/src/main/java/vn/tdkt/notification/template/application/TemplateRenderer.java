package vn.tdkt.notification.template.application;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.template.domain.MessageTemplate;
import vn.tdkt.notification.template.domain.Rendered;
import vn.tdkt.notification.template.domain.TemplateId;
import vn.tdkt.notification.template.persistence.TemplateStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import lombok.RequiredArgsConstructor;

/**
 * Renders a notice with the current revision of its kind's template in the recipient's language (Vietnamese when
 * the language has none). Plain text: nothing is HTML-escaped. A variable the model lacks is an error, so an
 * administrator's typo is caught by the preview and the save (both render the sample event); should a stored
 * template still fail on a real event, the release's seed renders it instead, so a notice is never lost to a
 * template.
 */
@Component
@RequiredArgsConstructor
public class TemplateRenderer {

    private static final Logger log = LoggerFactory.getLogger(TemplateRenderer.class);
    private static final Pattern BLANK_LINES = Pattern.compile("(\\n[ \\t]*){3,}");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private final TemplateStore store;
    private final TemplateCatalog catalog;
    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).nullValue("");
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    public Rendered render(NoticeKind kind, Language language, Map<String, Object> model) {
        TemplateId id = new TemplateId(kind, language);
        try {
            MessageTemplate template = store.find(id.toString())
                    .or(() -> store.find(new TemplateId(kind, Language.VI).toString()))
                    .map(Versioned::value)
                    .orElse(null);
            if (template != null) {
                return render(template.id(), template.revision(), template.subject(), template.body(), model);
            }
        } catch (MustacheException e) {
            log.warn("Template {} failed on a real notice ({}); the release's seed renders it", id, e.getMessage());
        }
        TemplateCatalog.Seed seed = catalog.seedOrVietnamese(kind, language);
        return render(seed.id().toString(), 0, seed.subject(), seed.body(), model);
    }

    /** Renders a draft (preview, or validation before a save); a broken template is a 400 problem. */
    public Rendered renderDraft(String templateId, String subject, String body, Map<String, Object> model) {
        try {
            return new Rendered(subjectLine(compiler.compile(subject).execute(model)),
                    tidy(compiler.compile(body).execute(model)), templateId, -1);
        } catch (MustacheException e) {
            throw DomainException.invalid("template.invalid", templateId, e.getMessage());
        }
    }

    public String footer(Language language) {
        return catalog.footer(language);
    }

    private Rendered render(String id, int revision, String subject, String body, Map<String, Object> model) {
        Template subjectTemplate = compiled.computeIfAbsent(id + "@" + revision + "#s", k -> compiler.compile(subject));
        Template bodyTemplate = compiled.computeIfAbsent(id + "@" + revision + "#b", k -> compiler.compile(body));
        return new Rendered(subjectLine(subjectTemplate.execute(model)), tidy(bodyTemplate.execute(model)), id,
                revision);
    }

    /** A subject is one line. */
    private static String subjectLine(String text) {
        return LINE_BREAKS.matcher(text.strip()).replaceAll(" ");
    }

    /** Lines left empty by false sections collapse to one blank line. */
    private static String tidy(String text) {
        return BLANK_LINES.matcher(text.replace("\r\n", "\n")).replaceAll("\n\n").strip();
    }
}
