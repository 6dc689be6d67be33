package vn.tdkt.plan.cluster.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
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
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;

/** Cụm/khối thi đua per year, with head rotation. */
@RestController
@RequestMapping("/api/v1/clusters")
public class ClusterController {

    private final ClusterService clusters;

    public ClusterController(ClusterService clusters) {
        this.clusters = clusters;
    }

    public record MemberRequest(@NotBlank String unitCode, @NotNull ClusterRole role) {
    }

    public record ClusterRequest(@NotBlank String code, @NotBlank String name, @NotNull ClusterType type, int year,
                                 @NotEmpty @Valid List<MemberRequest> members) {
    }

    public record RotateRequest(String headUnit, String deputyUnit) {
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

    @PostMapping
    public ResponseEntity<ClusterView> form(TdktPrincipal caller, @Valid @RequestBody ClusterRequest request) {
        Versioned<Cluster> created = clusters.form(caller, request.code(), request.name(), request.type(),
                request.year(), request.members().stream().map(m -> new Cluster.Member(m.unitCode(), m.role())).toList());
        return ETags.created(URI.create("/api/v1/clusters/" + created.value().id()), created, ClusterView::of);
    }

    @GetMapping
    public List<ClusterView> list(TdktPrincipal caller, @RequestParam(required = false) Integer year) {
        return clusters.list(caller, year).stream().map(cluster -> ClusterView.of(cluster.value())).toList();
    }

    @GetMapping("/{id}")
    public ResponseEntity<ClusterView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(clusters.get(caller, id), ClusterView::of);
    }

    @PostMapping("/{id}/rotate")
    public ResponseEntity<ClusterView> rotate(TdktPrincipal caller, @PathVariable String id,
            @RequestBody(required = false) RotateRequest request) {
        Versioned<Cluster> next = clusters.rotate(caller, id, request == null ? null : request.headUnit(),
                request == null ? null : request.deputyUnit());
        return ETags.created(URI.create("/api/v1/clusters/" + next.value().id()), next, ClusterView::of);
    }
}
