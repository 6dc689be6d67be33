package vn.tdkt.plan.unit.application;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.unit.domain.OrgUnit;
import vn.tdkt.plan.unit.domain.UnitKind;
import vn.tdkt.plan.unit.persistence.UnitDocument;
import vn.tdkt.plan.unit.persistence.UnitStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/** Reads of the unit registry (the directory is not secret: every authenticated caller may read it). */
@Service
public class UnitDirectory {

    private final UnitStore store;

    public UnitDirectory(UnitStore store) {
        this.store = store;
    }

    public void requireKnown(String code) {
        if (!store.exists(code)) {
            throw DomainException.invalid("unit.unknown", code);
        }
    }

    public Optional<OrgUnit> find(String code) {
        return store.find(code).map(UnitDocument::getUnit);
    }

    public UnitDocument get(String code) {
        return store.find(code).orElseThrow(() -> DomainException.notFound("unit.not-found", code));
    }

    /** Filter by kind, parent and a name/alias fragment matched ignoring case and diacritics. */
    public List<UnitDocument> search(UnitKind kind, String parent, String name) {
        Criteria criteria = new Criteria();
        if (kind != null) {
            criteria = criteria.and("unit.data.kind").is(kind.name());
        }
        if (parent != null) {
            criteria = criteria.and("unit.data.parentCode").is(parent);
        }
        if (name != null && !name.isBlank()) {
            String fragment = Pattern.quote(TextNormalizer.fold(name));
            criteria = criteria.orOperator(Criteria.where("unit.nameKey").regex(fragment),
                    Criteria.where("unit.aliasKeys").regex(fragment));
        }
        return store.search(Query.query(criteria).with(Sort.by("_id")));
    }

    /** Resolves a name as written in a document ("Sở Nội vụ", "VP UBND tỉnh") to a unit, by folded name or alias. */
    public Optional<OrgUnit> resolveName(String name) {
        String key = TextNormalizer.fold(name);
        return store.search(Query.query(new Criteria().orOperator(Criteria.where("unit.nameKey").is(key),
                Criteria.where("unit.aliasKeys").is(key)))).stream().findFirst().map(UnitDocument::getUnit);
    }
}
