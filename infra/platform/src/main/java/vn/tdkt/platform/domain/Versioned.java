package vn.tdkt.platform.domain;

import java.util.Objects;
import java.util.function.Function;

/**
 * A value read from or written to its store, with the store's version of it. Application services return this
 * (never a persistence document) so that the web layer can answer with an {@code ETag}, and a later update can be
 * guarded by a {@link VersionPrecondition}.
 */
public record Versioned<T>(T value, long version) {

    public Versioned {
        Objects.requireNonNull(value, "value");
    }

    public static <T> Versioned<T> of(T value, Long version) {
        return new Versioned<>(value, version == null ? 0 : version);
    }

    public <R> Versioned<R> map(Function<? super T, ? extends R> mapper) {
        return new Versioned<>(mapper.apply(value), version);
    }
}
