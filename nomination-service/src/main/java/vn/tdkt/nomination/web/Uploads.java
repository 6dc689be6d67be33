package vn.tdkt.nomination.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import vn.tdkt.nomination.storage.ContentTooLargeException;
import vn.tdkt.platform.web.problem.Problems;

/**
 * A file the caller sends as a multipart part (a dossier's document, a written vote, a nominee list): read the same
 * way, and refused the same way when it is above its limit.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The part's bytes; the container failing to read its own temporary copy is not the caller's fault (500). */
    public static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 413 answer to an upload above its limit, with the feature's problem code (e.g. {@code document.too-large});
     * the message names the size and the limit.
     */
    public static ResponseEntity<ProblemDetail> tooLarge(Problems problems, String code, ContentTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problems.create(HttpStatus.CONTENT_TOO_LARGE,
                code, List.of(e.size(), e.limit())));
    }
}
