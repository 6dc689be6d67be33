package vn.tdkt.nomination.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file the caller saves (minutes, tờ trình, templates, a dossier's documents): one way to answer it, so every
 * download names its file alike. The name goes into {@code Content-Disposition} as RFC 6266 says, plain and in UTF-8
 * ({@code filename*}), so a Vietnamese file name survives the trip.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A 200 answer saving {@code content} as {@code fileName}, of the given media type. */
    public static ResponseEntity<byte[]> attachment(byte[] content, String mediaType, String fileName) {
        return attachment(mediaType, fileName).body(content);
    }

    /** The same answer before its body, for a download that adds headers of its own. */
    public static ResponseEntity.BodyBuilder attachment(String mediaType, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
