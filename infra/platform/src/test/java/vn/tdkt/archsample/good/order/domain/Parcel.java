package vn.tdkt.archsample.good.order.domain;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/**
 * Lombok may write this constructor: no two parameters share a type ({@code List<String>} is not
 * {@code List<Integer>}).
 */
@RequiredArgsConstructor
public class Parcel {
    private final String label;
    private final List<String> items;
    private final List<Integer> weights;
    private final Map<String, Integer> counts;
}
