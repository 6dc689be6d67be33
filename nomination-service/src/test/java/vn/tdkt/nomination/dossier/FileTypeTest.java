package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.tdkt.nomination.dossier.domain.FileType;

class FileTypeTest {

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void types_are_recognised_by_content() throws IOException {
        assertThat(FileType.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .contains(FileType.PNG);
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(FileType.JPEG);
        assertThat(FileType.detect(zip("[Content_Types].xml", "word/document.xml"))).contains(FileType.DOCX);
        assertThat(FileType.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileType.XLSX);
    }

    @Test
    void anything_else_is_refused_whatever_it_claims_to_be() throws IOException {
        assertThat(FileType.detect("MZ\u0090 executable renamed to .pdf".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(FileType.detect(zip("payload.exe"))).as("a plain zip is not an Office document").isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
        assertThat(FileType.detect("PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }
}
