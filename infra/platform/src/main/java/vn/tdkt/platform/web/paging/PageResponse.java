package vn.tdkt.platform.web.paging;

import java.util.List;
import java.util.function.Function;

/** The shape every list endpoint of every service returns: {@code {items, page, size, total}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <T> PageResponse<T> of(List<T> items, PageQuery query, long total) {
        return new PageResponse<>(items, query.page(), query.size(), total);
    }

    /** The same page with each item mapped, e.g. documents to views. */
    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
