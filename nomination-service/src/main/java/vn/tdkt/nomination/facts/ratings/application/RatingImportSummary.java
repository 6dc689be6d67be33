package vn.tdkt.nomination.facts.ratings.application;

import java.util.List;

/**
 * What an accepted import did.
 *
 * @param created ratings new to the register
 * @param updated ratings that replaced the same subject's rating of the same year
 */
public record RatingImportSummary(String importId, String fileName, int rows, int created, int updated, int persons,
        int collectives, List<Integer> years) {
}
