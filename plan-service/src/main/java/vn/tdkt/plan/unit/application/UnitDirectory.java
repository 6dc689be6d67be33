package vn.tdkt.plan.unit.application;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.unit.domain.OrgUnit;
import vn.tdkt.plan.unit.domain.UnitKind;
import vn.tdkt.plan.unit.persistence.UnitStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import lombok.RequiredArgsConstructor;

/** Reads of the unit registry (the directory is not secret: every authenticated caller may read it). */
@Service
@RequiredArgsConstructor
public class UnitDirectory {

    private final UnitStore store;

    public void requireKnown(String code) {
        if (!store.exists(code)) {
            throw DomainException.invalid("unit.unknown", code);
        }
    }

    public Optional<OrgUnit> find(String code) {
        return store.find(code).map(Versioned::value);
    }

    public Versioned<OrgUnit> get(String code) {
        return store.get(code);
    }

    /** Filter by kind, parent and a name/alias fragment matched ignoring case and diacritics. */
    public List<OrgUnit> search(UnitKind kind, String parent, String name) {
        return store.search(kind, parent, name);
    }

    /** Resolves a name as written in a document ("Sở Nội vụ", "VP UBND tỉnh") to a unit, by folded name or alias. */
    public Optional<OrgUnit> resolveName(String name) {
        return store.byName(name);
    }
}
