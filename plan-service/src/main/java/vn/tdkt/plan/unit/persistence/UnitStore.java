package vn.tdkt.plan.unit.persistence;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.plan.unit.domain.OrgUnit;
import vn.tdkt.plan.unit.domain.UnitKind;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.text.TextNormalizer;

/** The unit registry, keyed by unit code; names and aliases are matched by their stored folded keys. */
@Repository
public class UnitStore extends AggregateStore<OrgUnit, UnitDocument> {

    private static final String NAME_KEY = path("nameKey");
    private static final String ALIAS_KEYS = path("aliasKeys");

    public UnitStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, UnitDocument.class, UnitDocument::new, OrgUnit::code, "unit.not-found");
        Indexes.ensure(mongo, UnitDocument.COLLECTION,
                Indexes.ascending("unit_name_key", NAME_KEY),
                Indexes.ascending("unit_alias_keys", ALIAS_KEYS));
    }

    public boolean exists(String code) {
        return count(byId(code)) > 0;
    }

    public long count() {
        return count(new Query());
    }

    /** Filter by kind, parent and a name/alias fragment matched ignoring case and diacritics; by code. */
    public List<OrgUnit> search(UnitKind kind, String parent, String name) {
        Criteria criteria = new FilterCriteria()
                .equal(path("data.kind"), kind)
                .equal(path("data.parentCode"), parent)
                .when(name != null && !name.isBlank(), () -> nameOrAliasContains(name))
                .all();
        return findAll(Query.query(criteria).with(Sort.by("_id")));
    }

    private static Criteria nameOrAliasContains(String name) {
        String fragment = Pattern.quote(TextNormalizer.fold(name));
        return new Criteria().orOperator(Criteria.where(NAME_KEY).regex(fragment),
                Criteria.where(ALIAS_KEYS).regex(fragment));
    }

    /** The unit whose name or an alias is exactly {@code name}, ignoring case and diacritics. */
    public Optional<OrgUnit> byName(String name) {
        String key = TextNormalizer.fold(name);
        return findAll(Query.query(new Criteria().orOperator(Criteria.where(NAME_KEY).is(key),
                Criteria.where(ALIAS_KEYS).is(key)))).stream().findFirst();
    }
}
