package vn.tdkt.plan.cluster.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.plan.cluster.application.ClusterService;
import vn.tdkt.plan.cluster.domain.Cluster;
import vn.tdkt.plan.cluster.domain.ClusterRole;
import vn.tdkt.plan.cluster.domain.ClusterType;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import lombok.RequiredArgsConstructor;

/** Cụm/khối thi đua per year, with head rotation. */
@Tag(name = "Cụm, khối thi đua (clusters)", description = "Cụm, khối thi đua theo từng năm: thành viên, trưởng cụm và "
        + "phó cụm, luân phiên trưởng cụm sang năm sau. — Emulation clusters and blocks per year: members, head and "
        + "deputy, and the rotation of the head into the next year.")
@RestController
@PreAuthorize(Roles.SNV_OR_ADMIN)
@RequestMapping("/api/v1/clusters")
@RequiredArgsConstructor
public class ClusterController {

    private final ClusterService clusters;

    /**
     * A member unit and its role: exactly one head (trưởng khối), usually one deputy (phó khối).
     *
     * @param unitCode the member unit's code
     * @param role     head, deputy or member
     */
    public record MemberRequest(@NotBlank @Schema(example = "SGDDT") String unitCode,
                                @NotNull @Schema(example = "TRUONG_KHOI") ClusterRole role) {
    }

    /**
     * A cluster (cụm) or block (khối) of one year.
     *
     * @param code    a short code, the same every year
     * @param name    its name
     * @param type    a cluster or a block
     * @param year    the year it competes in
     * @param members its members with their roles
     */
    public record ClusterRequest(@NotBlank @Schema(example = "KHOI-VHXH") String code,
                                 @NotBlank @Schema(example = "Khối các cơ quan Văn hóa - Xã hội") String name,
                                 @NotNull @Schema(example = "BLOCK") ClusterType type,
                                 @Schema(example = "2026") int year,
                                 @NotEmpty @Valid List<MemberRequest> members) {
    }

    /**
     * Optional choice of next year's head and deputy.
     *
     * @param headUnit   next year's head; by default this year's deputy
     * @param deputyUnit next year's deputy; by default the member after the new head
     */
    public record RotateRequest(@Schema(example = "SYT") String headUnit,
                                @Schema(example = "SVHTTDL") String deputyUnit) {
    }

    public record MemberView(String unitCode, ClusterRole role, String roleLabel) {
    }

    public record ClusterView(String id, String code, String name, ClusterType type, String typeLabel, int year,
                              String headUnit, List<MemberView> members, String previousClusterId,
                              String nextClusterId) {
        static ClusterView of(Cluster c) {
            return new ClusterView(c.id(), c.code(), c.name(), c.type(), c.type().label(), c.year(), c.head(),
                    c.members().stream().map(m -> new MemberView(m.unitCode(), m.role(), m.role().label())).toList(),
                    c.previousClusterId(), c.nextClusterId());
        }
    }

    /**
     * Forms a cluster or block for a year.
     * <p>SNV_OFFICER or ADMIN only. Every member must be a registered unit (400 {@code unit.unknown}); a cluster has
     * exactly one head (400 {@code cluster.head-count}) and no unit twice ({@code cluster.member-duplicate}). Publishes
     * {@code cluster-formed}: reporting-service learns the cluster from it, and the head or the Sở Nội vụ then opens its
     * score sheet there ({@code POST /api/v1/score-sheets}).
     *
     * @return the cluster, with its {@code Location} and {@code ETag}
     */
    @PostMapping
    public ResponseEntity<ClusterView> form(TdktPrincipal caller, @Valid @RequestBody ClusterRequest request) {
        Versioned<Cluster> created = clusters.form(caller, request.code(), request.name(), request.type(),
                request.year(), request.members().stream().map(m -> new Cluster.Member(m.unitCode(), m.role())).toList());
        return ETags.created(URI.create("/api/v1/clusters/" + created.value().id()), created, ClusterView::of);
    }

    /**
     * Lists clusters and blocks.
     * <p>A unit officer sees the clusters their unit belongs to; SNV_OFFICER, LEADER and ADMIN see all.
     *
     * @param year only the clusters of this year
     * @return the clusters with their members
     */
    @PreAuthorize(Roles.ANY)
    @GetMapping
    public List<ClusterView> list(TdktPrincipal caller, @RequestParam(required = false) Integer year) {
        return clusters.list(caller, year).stream().map(cluster -> ClusterView.of(cluster.value())).toList();
    }

    /**
     * Reads one cluster.
     * <p>Readable by its member units, SNV_OFFICER, LEADER and ADMIN; for any other unit it answers 404, as a missing
     * one does.
     *
     * @param id the cluster id
     * @return the cluster with its members and the links to the previous and next year's cluster
     */
    @PreAuthorize(Roles.ANY)
    @GetMapping("/{id}")
    public ResponseEntity<ClusterView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(clusters.get(caller, id), ClusterView::of);
    }

    /**
     * Rotates the cluster into the next year.
     * <p>SNV_OFFICER or ADMIN only. Creates next year's cluster with the same members; by default this year's deputy
     * (phó cụm) becomes the head and the next member in turn the deputy, or the body names them. A cluster already
     * rotated answers 409 {@code cluster.already-rotated}; a head or deputy who is not a member answers 400
     * {@code cluster.not-member}. Publishes {@code cluster-formed} for the new cluster.
     *
     * @param id the cluster to rotate
     * @return next year's cluster, with its {@code Location} and {@code ETag}
     */
    @PostMapping("/{id}/rotate")
    public ResponseEntity<ClusterView> rotate(TdktPrincipal caller, @PathVariable String id,
            @RequestBody(required = false) RotateRequest request) {
        Versioned<Cluster> next = clusters.rotate(caller, id, request == null ? null : request.headUnit(),
                request == null ? null : request.deputyUnit());
        return ETags.created(URI.create("/api/v1/clusters/" + next.value().id()), next, ClusterView::of);
    }
}
