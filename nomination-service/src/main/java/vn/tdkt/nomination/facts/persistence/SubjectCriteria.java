package vn.tdkt.nomination.facts.persistence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;

/**
 * The one query shape for "records about this subject", shared by the registers' stores. A person matches by
 * national ID, or by folded name, birth date and unit when either side has no national ID (two different IDs never
 * match); a collective by its unit code. Indexed: {@code <prefix>.nationalId} and
 * {@code <prefix>.nameKey, <prefix>.birthDate, <prefix>.unitCode}.
 */
public final class SubjectCriteria {

    private SubjectCriteria() {
    }

    /** Criteria on the embedded {@link SubjectKey} at {@code prefix} (e.g. {@code "subject"}). */
    public static Criteria matching(SubjectRef ref, String prefix) {
        SubjectKey key = SubjectKey.of(ref);
        if (key.kind() == SubjectKey.Kind.COLLECTIVE) {
            return Criteria.where(prefix + ".kind").is(SubjectKey.Kind.COLLECTIVE)
                    .and(prefix + ".unitCode").is(key.unitCode());
        }
        SubjectRef.Person person = (SubjectRef.Person) ref;
        List<Criteria> alternatives = new ArrayList<>();
        if (key.nationalId() != null) {
            alternatives.add(Criteria.where(prefix + ".nationalId").is(key.nationalId()));
        }
        if (person.hasNameKey()) {
            Criteria byName = Criteria.where(prefix + ".kind").is(SubjectKey.Kind.PERSON)
                    .and(prefix + ".nameKey").is(key.nameKey())
                    .and(prefix + ".birthDate").is(key.birthDate())
                    .and(prefix + ".unitCode").is(key.unitCode());
            if (key.nationalId() != null) {
                byName = byName.and(prefix + ".nationalId").is(null);
            }
            alternatives.add(byName);
        }
        return alternatives.size() == 1 ? alternatives.get(0)
                : new Criteria().orOperator(alternatives.toArray(Criteria[]::new));
    }

    /**
     * The filters every register's list shares: about this subject and in this unit, each left out when
     * {@code null}. A store adds its own filters and takes {@link FilterCriteria#all()}.
     */
    public static FilterCriteria subjectAndUnit(SubjectRef subject, String prefix, String unitCode,
            String unitField) {
        return new FilterCriteria()
                .when(subject != null, () -> matching(subject, prefix))
                .equal(unitField, unitCode);
    }

    /**
     * Creates the two indexes {@link #matching} needs on a register's collection: {@code <name>_national_id} and
     * {@code <name>_name_key} (name key, birth date, unit).
     */
    public static void createIndexes(MongoTemplate mongo, String collection, String prefix, String unitField,
            String name) {
        Indexes.ensure(mongo, collection,
                Indexes.ascending(name + "_national_id", prefix + ".nationalId"),
                Indexes.ascending(name + "_name_key", prefix + ".nameKey", prefix + ".birthDate", unitField));
    }
}
