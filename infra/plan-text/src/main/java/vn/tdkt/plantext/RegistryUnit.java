package vn.tdkt.plantext;

import java.util.List;
import java.util.Objects;

/**
 * A unit of the registry as the matcher needs it.
 *
 * @param code    registry code, e.g. "SNV"
 * @param name    official name, e.g. "Sở Nội vụ"
 * @param aliases other names and abbreviations in use, e.g. "VP UBND tỉnh"
 */
public record RegistryUnit(String code, String name, List<String> aliases) {

    public RegistryUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
