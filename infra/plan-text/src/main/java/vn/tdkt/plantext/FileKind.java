package vn.tdkt.plantext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What an uploaded file is, told by its content rather than by its name or declared type. */
public enum FileKind {
    /** "%PDF-" at the start. */
    PDF,
    /** A ZIP container with a {@code word/document.xml} part. */
    DOCX,
    /** Another ZIP container (XLSX, ODT, a plain archive). */
    OTHER_ZIP,
    /** An OLE2 compound file: an old binary .doc or .xls. */
    LEGACY_OFFICE,
    /** Anything else: to be validated as text ({@link PlanTextValidator}). */
    TEXT;

    static FileKind of(byte[] bytes) {
        if (bytes == null || bytes.length < 4) {
            return TEXT;
        }
        if (startsWith(bytes, "%PDF-")) {
            return PDF;
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return hasWordPart(bytes) ? DOCX : OTHER_ZIP;
        }
        if ((bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            return LEGACY_OFFICE;
        }
        return TEXT;
    }

    private static boolean hasWordPart(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** Whether {@code bytes} begin with the characters of {@code ascii} (a magic number), one byte each. */
    static boolean startsWith(byte[] bytes, String ascii) {
        if (bytes.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
