package vn.tdkt.plantext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the test plans of {@code src/test/resources/plantext}; public, because plan-service's import tests read the
 * same plans through this module's test jar.
 */
public final class TestDocuments {

    public static final String SON_LA_2025 = "ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt";
    public static final String MARKDOWN = "ke-hoach-markdown-so-gddt.md";
    public static final String PROSE_WITHOUT_APPENDIX = "ke-hoach-khong-phu-luc.txt";
    public static final String MESSY_FORMATTING = "ke-hoach-loi-dinh-dang.txt";
    public static final String THEMATIC = "ke-hoach-chuyen-de.txt";

    private TestDocuments() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/plantext/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test document " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static ParsedPlan parse(String name) {
        return new PlanDocumentParser().parse(text(name), ImportProgressListener.NONE);
    }
}
