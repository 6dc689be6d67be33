package vn.tdkt.reporting.report.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import vn.tdkt.platform.domain.DomainException;
import lombok.RequiredArgsConstructor;

/**
 * Checks a report file before it is stored: not empty, not too large, and of an accepted type as detected from its
 * bytes (Apache Tika's magic numbers; the file name may only refine a container type, e.g. an OOXML package into
 * a .docx), never from the name or the client's Content-Type alone. Computes its SHA-256.
 */
@Component
@RequiredArgsConstructor
public class SubmittedFileInspector {

    /** A file fit to store. */
    public record Inspected(byte[] content, String fileName, String contentType, String sha256) {
    }

    private final Tika tika = new Tika();
    private final ReportProperties properties;

    public Inspected inspect(byte[] content, String originalName) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("report.file-missing");
        }
        if (content.length > properties.maxFileSize().toBytes()) {
            throw DomainException.invalid("report.file-too-large", content.length, properties.maxFileSize().toBytes());
        }
        String name = originalName == null || originalName.isBlank() ? "bao-cao" : cleanName(originalName);
        String type = tika.detect(content, name);
        if (!properties.acceptedTypes().contains(type)) {
            throw DomainException.invalid("report.file-type-refused", type);
        }
        return new Inspected(content, name, type, sha256(content));
    }

    /** The last path segment only, without control characters (it ends up in a Content-Disposition header). */
    private static String cleanName(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String cleaned = last.replaceAll("[\\p{Cntrl}\"]", "").trim();
        return cleaned.isEmpty() ? "bao-cao" : cleaned;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
