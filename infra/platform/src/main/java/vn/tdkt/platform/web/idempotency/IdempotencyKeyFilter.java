package vn.tdkt.platform.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.platform.web.problem.Problems;
import lombok.RequiredArgsConstructor;

/**
 * Honours an {@code Idempotency-Key} header on POST: a department system that retries after a timeout gets the
 * first response again instead of creating a second dossier or plan. Keys are scoped to the caller and the
 * path; reusing a key for a different body is refused (422); a retry that arrives while the first request is
 * still running gets 409, and one that arrives after the first request's process died takes the key over
 * ({@code tdkt.idempotency.in-progress-timeout}). Server errors are not remembered, so they can be retried.
 */
@RequiredArgsConstructor
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    /** Bodies are buffered to hash them; above this size (or of unknown size) the key is not honoured. */
    static final long MAX_BUFFERED_BODY = 8L * 1024 * 1024;

    private final IdempotencyStore store;
    private final Problems problems;
    private final JsonMapper json;

    /**
     * Multipart uploads are passed through untouched: buffering would hide their parts from the servlet
     * container. Bodies larger than {@link #MAX_BUFFERED_BODY} are passed through as well (see below).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null) {
            return true;
        }
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            problem(response, HttpStatus.BAD_REQUEST, "idempotency.key-invalid");
            return;
        }
        java.io.InputStream input = request.getInputStream();
        byte[] body = input.readNBytes((int) MAX_BUFFERED_BODY + 1);
        if (body.length > MAX_BUFFERED_BODY) {
            // Too large to remember: serve it without the key, replaying what was read plus the rest.
            chain.doFilter(new ReplayedBodyRequest(request, new java.io.SequenceInputStream(
                    new ByteArrayInputStream(body), input), -1), response);
            return;
        }
        String requestHash = sha256(request.getMethod(), request.getRequestURI(), new String(body, StandardCharsets.UTF_8));
        String id = sha256(caller(), request.getMethod(), request.getRequestURI(), key);

        // Reserve first: a new key (the usual case) costs one insert, and only a repeat pays the read.
        if (!store.begin(id, requestHash)) {
            Optional<IdempotencyStore.StoredResponse> existing = store.find(id);
            if (existing.isEmpty()) {
                // abandoned by a failing first request between our insert and our read: it is being retried
                problem(response, HttpStatus.CONFLICT, "idempotency.in-progress");
                return;
            }
            // a reservation left by a request that died is taken over after a while; anything else is answered
            if (existing.get().completed() || !store.takeOverAbandoned(id, requestHash)) {
                answerRepeat(existing.get(), requestHash, key, response);
                return;
            }
        }

        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new ReplayedBodyRequest(request, new ByteArrayInputStream(body), body.length), recording);
            completed = true;
        } finally {
            if (completed && recording.getStatus() < 500) {
                store.complete(id, new IdempotencyStore.StoredResponse(requestHash, true, recording.getStatus(),
                        recording.getContentType(), recording.getHeader(HttpHeaders.LOCATION),
                        recording.getHeader(HttpHeaders.ETAG), recording.getContentAsByteArray()));
            } else {
                store.abandon(id);
            }
            recording.copyBodyToResponse();
        }
    }

    private void answerRepeat(IdempotencyStore.StoredResponse stored, String requestHash, String key,
            HttpServletResponse response) throws IOException {
        if (!stored.requestHash().equals(requestHash)) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency.key-reused", key);
        } else if (!stored.completed()) {
            problem(response, HttpStatus.CONFLICT, "idempotency.in-progress");
        } else {
            response.setStatus(stored.status());
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            if (stored.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.location());
            }
            if (stored.etag() != null) {
                response.setHeader(HttpHeaders.ETAG, stored.etag());
            }
            response.setHeader(REPLAYED_HEADER, "true");
            response.getOutputStream().write(stored.body());
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String code, Object... args)
            throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problems.create(status, code, List.of(args))));
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body was read to hash it; hand the same bytes to the controller. */
    private static final class ReplayedBodyRequest extends HttpServletRequestWrapper {
        private final java.io.InputStream in;
        private final long length;

        ReplayedBodyRequest(HttpServletRequest request, java.io.InputStream body, long length) {
            super(request);
            this.in = body;
            this.length = length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("Asynchronous reads are not supported here");
                }

                @Override
                public int read() throws IOException {
                    int next = in.read();
                    finished = next < 0;
                    return next;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int count = in.read(b, off, len);
                    finished = count < 0;
                    return count;
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return length < 0 ? super.getContentLength() : (int) length;
        }

        @Override
        public long getContentLengthLong() {
            return length < 0 ? super.getContentLengthLong() : length;
        }
    }
}
