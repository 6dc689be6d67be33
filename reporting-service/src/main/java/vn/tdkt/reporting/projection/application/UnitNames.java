package vn.tdkt.reporting.projection.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.tdkt.reporting.projection.domain.UnitRow;
import vn.tdkt.reporting.projection.persistence.UnitRows;
import lombok.RequiredArgsConstructor;

/**
 * Unit names from the unit registry's events ({@code unit-registered}, {@code unit-changed}): what pages and
 * responses show instead of codes such as {@code CUM_KHOI_TINH}. A unit not heard of yet shows its code.
 */
@Service
@RequiredArgsConstructor
public class UnitNames {

    private final UnitRows units;

    /** A lookup over one read of the registry (use it for one response). */
    public Function<String, String> lookup() {
        Map<String, String> names = new HashMap<>();
        for (UnitRow unit : units.all()) {
            if (unit.name() != null) {
                names.put(unit.code(), unit.name());
            }
        }
        return code -> code == null ? null : names.getOrDefault(code, code);
    }

    /** The codes the registry has not heard of, each once, in the order given (blank ones are left to the caller). */
    public List<String> unknown(Collection<String> codes) {
        Set<String> known = units.all().stream().map(UnitRow::code).collect(Collectors.toSet());
        return codes.stream().filter(code -> code != null && !code.isBlank() && !known.contains(code.trim()))
                .map(String::trim).distinct().toList();
    }
}
