package vn.tdkt.reporting.statistics.domain;

import java.util.Map;

/**
 * One countable fact of a statistical form (an award decided, a movement launched), described by the attributes the
 * forms' rows and columns select on ({@code level}, {@code group}, {@code subjectType}, {@code duration}, ...).
 *
 * @param source what it is, for the record (the award or movement id)
 */
public record Fact(String source, Map<String, String> attributes) {

    public Fact {
        attributes = Map.copyOf(attributes);
    }
}
