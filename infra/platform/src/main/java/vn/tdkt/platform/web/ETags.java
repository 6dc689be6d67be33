package vn.tdkt.platform.web;

import java.net.URI;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import vn.tdkt.platform.domain.Versioned;

/**
 * Strong entity tags from the aggregate version, and the responses that carry them. Updates may send
 * {@code If-Match} (see {@link IfMatch}); a stale tag answers 412 so one department's edit never silently
 * overwrites another's.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the view of {@code versioned} and its {@code ETag}. */
    public static <T, R> ResponseEntity<R> ok(Versioned<T> versioned, Function<? super T, ? extends R> view) {
        return ResponseEntity.ok().eTag(of(versioned.version())).body(view.apply(versioned.value()));
    }

    /** 201 at {@code location} with the view of {@code versioned} and its {@code ETag}. */
    public static <T, R> ResponseEntity<R> created(URI location, Versioned<T> versioned,
            Function<? super T, ? extends R> view) {
        return ResponseEntity.created(location).eTag(of(versioned.version())).body(view.apply(versioned.value()));
    }
}
