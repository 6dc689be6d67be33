package vn.tdkt.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;

/**
 * The request's {@code If-Match} header as a {@link VersionPrecondition}. Declare it as a controller parameter
 * (resolved by the platform) and pass it to the application service: a stale tag answers 412 and nothing changes.
 * No header, or {@code *}, accepts any version. A header that is not a list of entity tags (RFC 9110 §8.8.3) answers
 * 400: it names no version, so "no longer current" would mislead.
 */
public final class IfMatch implements VersionPrecondition {

    private static final IfMatch ANY = new IfMatch(null, List.of());
    /** An entity tag: optionally weak, then any visible characters but {@code "} between quotes. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

    private final String header;
    private final List<String> tags;

    private IfMatch(String header, List<String> tags) {
        this.header = header;
        this.tags = tags;
    }

    /**
     * Reads the header as the request sent it.
     *
     * @param header the header's value, or null
     * @throws DomainException {@code etag.malformed} (400) when it is neither {@code *} nor a list of entity tags
     */
    public static IfMatch of(String header) {
        if (header == null || header.isBlank() || "*".equals(header.trim())) {
            return ANY;
        }
        List<String> tags = new ArrayList<>();
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.isEmpty()) {
                continue; // an empty list element is allowed, and ignored (RFC 9110 §5.6.1)
            }
            if (!ENTITY_TAG.matcher(tag).matches()) {
                throw DomainException.invalid("etag.malformed", header);
            }
            tags.add(tag.startsWith("W/") ? tag.substring(2) : tag);
        }
        if (tags.isEmpty()) {
            throw DomainException.invalid("etag.malformed", header);
        }
        return new IfMatch(header, List.copyOf(tags));
    }

    /** True when the request named at least one version. */
    public boolean isPresent() {
        return header != null;
    }

    @Override
    public void check(long currentVersion) {
        if (!isPresent()) {
            return;
        }
        String current = ETags.of(currentVersion);
        if (!tags.contains(current)) {
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "etag.mismatch", header, current);
        }
    }

    @Override
    public String toString() {
        return header == null ? "If-Match: *" : "If-Match: " + header;
    }
}
