package vn.tdkt.contracts.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An emulation cluster or block (cụm, khối thi đua) was formed for a year, either new or by rotating the
 * previous year's head.
 *
 * @param type              CLUSTER (cụm) or BLOCK (khối)
 * @param previousClusterId the previous year's cluster when formed by rotation
 */
public record ClusterFormed(
        @NotBlank String clusterId,
        @NotBlank String code,
        @NotBlank String name,
        @NotBlank String type,
        int year,
        @NotNull @Valid List<Member> members,
        String headUnit,
        String previousClusterId) implements ClusterEvent {

    /** @param role TRUONG_KHOI, PHO_KHOI or THANH_VIEN */
    public record Member(@NotBlank String unitCode, @NotBlank String role) {
    }
}
