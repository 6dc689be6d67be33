package vn.tdkt.platform.web;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;

/**
 * The request's {@code If-Match} header as a {@link VersionPrecondition}. Declare it as a controller parameter
 * (resolved by the platform) and pass it to the application service: a stale tag answers 412 and nothing changes.
 * No header, or {@code *}, accepts any version.
 */
public final class IfMatch implements VersionPrecondition {

    private static final IfMatch ANY = new IfMatch(null, List.of());

    private final String header;
    private final List<String> tags;

    private IfMatch(String header, List<String> tags) {
        this.header = header;
        this.tags = tags;
    }

    public static IfMatch of(String header) {
        if (header == null || header.isBlank() || "*".equals(header.trim())) {
            return ANY;
        }
        List<String> tags = new ArrayList<>();
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            tags.add(tag.startsWith("W/") ? tag.substring(2) : tag);
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
