package vn.tdkt.reporting.projection.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.reporting.projection.domain.TaskRow;
import vn.tdkt.reporting.projection.domain.TaskState;

/** The task read model. A unit's tasks are those it leads or coordinates. */
@Repository
public class TaskRows extends RowStore<TaskRow, TaskRowDocument> {

    static final String LEAD = ProjectionDocument.ROW + "leadUnit";
    static final String COORDINATING = ProjectionDocument.ROW + "coordinatingUnits";
    static final String STATE = ProjectionDocument.ROW + "state";
    static final String DUE_DATE = ProjectionDocument.ROW + "dueDate";

    public TaskRows(MongoTemplate mongo, Clock clock) {
        super(mongo, TaskRowDocument.class, TaskRowDocument::new, clock);
        Indexes.ensure(mongo, TaskRowDocument.COLLECTION,
                Indexes.ascending("lead_state", LEAD, STATE),
                Indexes.ascending("coordinating", COORDINATING));
    }

    /** Every task {@code unit} leads or coordinates ({@code null}: the whole province). */
    public List<TaskRow> concerning(String unit) {
        return rows(Query.query(filter(unit, null, null)));
    }

    /** A page of tasks by their state as of {@code today} (the rule of {@link TaskState#asOf} as a filter). */
    public List<TaskRow> page(String unit, TaskState state, LocalDate today, PageQuery page) {
        return rows(Query.query(filter(unit, state, today))
                .with(Sort.by(Sort.Order.asc(DUE_DATE), Sort.Order.asc("_id")))
                .skip(page.offset())
                .limit(page.size()));
    }

    public long count(String unit, TaskState state, LocalDate today) {
        return count(Query.query(filter(unit, state, today)));
    }

    /** Of {@code unit} (lead or coordinating) when given, in {@code state} as of {@code today} when given. */
    private static Criteria filter(String unit, TaskState state, LocalDate today) {
        return new FilterCriteria()
                .when(unit != null, () -> new Criteria().orOperator(where(LEAD).is(unit), where(COORDINATING).is(unit)))
                .when(state != null, () -> inState(state, today))
                .all();
    }

    private static Criteria inState(TaskState state, LocalDate today) {
        List<String> open = Arrays.stream(TaskState.values()).filter(TaskState::isOpen).map(Enum::name).toList();
        return switch (state) {
            case OVERDUE -> new Criteria().orOperator(where(STATE).is(TaskState.OVERDUE.name()),
                    where(STATE).in(open).and(DUE_DATE).lt(today));
            case PLANNED, DUE_SOON -> where(STATE).is(state.name())
                    .orOperator(where(DUE_DATE).gte(today), where(DUE_DATE).is(null));
            default -> where(STATE).is(state.name());
        };
    }
}
