package vn.tdkt.reporting.dashboard.application;

import java.util.List;

/** One page of a list: {@code {items, page, size, total}}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
}
