package vn.tdkt.notification.paging;

import java.util.List;
import java.util.function.Function;

/** The paged list shape every list endpoint returns: {@code {items, page, size, total}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageResponse<T> of(List<S> items, PageQuery query, long total, Function<S, T> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), query.page(), query.size(), total);
    }
}
