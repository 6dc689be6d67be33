package vn.tdkt.plan.importing.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test plans of {@code src/test/resources/importing}, as bytes. */
final class ImportDocs {

    static final String SON_LA_2025 = "ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt";
    static final String MARKDOWN = "ke-hoach-markdown-so-gddt.md";
    static final String PROSE_WITHOUT_APPENDIX = "ke-hoach-khong-phu-luc.txt";

    private ImportDocs() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = ImportDocs.class.getResourceAsStream("/plantext/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test document " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
