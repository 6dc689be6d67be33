package vn.tdkt.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class FilterCriteriaTest {

    enum Status { OPEN, CLOSED }

    @Test
    void noFilterGivenMatchesEverything() {
        assertThat(new FilterCriteria().equal("unit", null).when(false, () -> where("year").is(2026)).all()
                .getCriteriaObject()).isEqualTo(new Document());
    }

    @Test
    void aSingleFilterStandsAlone() {
        assertThat(new FilterCriteria().equal("unit", "SNV").equal("year", null).all().getCriteriaObject())
                .isEqualTo(new Document("unit", "SNV"));
    }

    @Test
    void theGivenFiltersAreJoinedWithAndInOrderAndEnumsAreStoredByName() {
        Document query = new FilterCriteria()
                .equal("unit", "SNV")
                .equal("status", Status.CLOSED)
                .equal("batch", null)
                .when(true, () -> where("due").gte(LocalDate.of(2026, 1, 1)))
                .all().getCriteriaObject();

        assertThat(query).isEqualTo(new Document("$and", List.of(new Document("unit", "SNV"),
                new Document("status", "CLOSED"),
                new Document("due", new Document("$gte", LocalDate.of(2026, 1, 1))))));
    }

    @Test
    void theSameFieldMayBeFilteredTwice() {
        Document query = new FilterCriteria()
                .equal("status", "OPEN")
                .when(true, () -> where("status").ne("DRAFT"))
                .all().getCriteriaObject();

        assertThat(query).isEqualTo(new Document("$and", List.of(new Document("status", "OPEN"),
                new Document("status", new Document("$ne", "DRAFT")))));
    }

    @Test
    void aFixedConditionIsAlwaysThereAndTheFiltersNarrowIt() {
        assertThat(new FilterCriteria().always(where("status").is("HELD")).equal("unit", null).all()
                .getCriteriaObject()).isEqualTo(new Document("status", "HELD"));
        assertThat(new FilterCriteria().always(where("status").is("HELD")).equal("unit", "SNV").all()
                .getCriteriaObject()).isEqualTo(new Document("$and", List.of(new Document("status", "HELD"),
                        new Document("unit", "SNV"))));
    }
}
