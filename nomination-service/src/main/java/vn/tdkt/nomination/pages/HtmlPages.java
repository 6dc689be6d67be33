package vn.tdkt.nomination.pages;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * What the service's public HTML pages (the certificate check, the notices and their comment form) share: Mustache
 * templates from the classpath, in which a missing value renders empty and an empty string counts as false (so a
 * template needs no null checks); and the HTML media type in UTF-8.
 */
public final class HtmlPages {

    public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final Mustache.Compiler COMPILER = Mustache.compiler().defaultValue("").emptyStringIsFalse(true);

    private HtmlPages() {
    }

    /** The compiled template at {@code resource} on the classpath, e.g. {@code /templates/verify/award.mustache}. */
    public static Template template(String resource) {
        InputStream stream = HtmlPages.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("No template " + resource + " on the classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return COMPILER.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
