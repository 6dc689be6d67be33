package vn.tdkt.plan.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.plan.cluster.domain.Cluster;
import vn.tdkt.plan.cluster.domain.ClusterRole;
import vn.tdkt.plan.cluster.domain.ClusterType;
import vn.tdkt.platform.domain.DomainException;

class ClusterTest {

    static Cluster khoi() {
        return Cluster.form("c1", "KHOI-VHXH", "Khối Văn hóa – Xã hội", ClusterType.BLOCK, 2025, List.of(
                new Cluster.Member("SYT", ClusterRole.TRUONG_KHOI), new Cluster.Member("SGDDT", ClusterRole.PHO_KHOI),
                new Cluster.Member("SNV", ClusterRole.THANH_VIEN), new Cluster.Member("STC", ClusterRole.THANH_VIEN)),
                null).aggregate();
    }

    @Test
    void rotation_makes_the_deputy_head_and_the_next_member_deputy() {
        // given the 2025 block headed by SYT with deputy SGDDT
        Cluster cluster = khoi();
        // when rotated
        Cluster next = cluster.rotate("c2", null, null).aggregate();
        cluster.rotated("c2");
        // then
        assertThat(next.year()).isEqualTo(2026);
        assertThat(next.head()).isEqualTo("SGDDT");
        assertThat(next.members()).contains(new Cluster.Member("SNV", ClusterRole.PHO_KHOI),
                new Cluster.Member("SYT", ClusterRole.THANH_VIEN));
        assertThat(next.previousClusterId()).isEqualTo("c1");
        assertThat(cluster.nextClusterId()).isEqualTo("c2");
        assertThatThrownBy(() -> cluster.rotate("c3", null, null)).isInstanceOf(DomainException.class);
    }

    @Test
    void a_chosen_head_must_be_a_member() {
        assertThat(khoi().rotate("c2", "STC", "SYT").aggregate().head()).isEqualTo("STC");
        assertThatThrownBy(() -> khoi().rotate("c2", "PCHIENGLE", null)).isInstanceOf(DomainException.class);
    }

    @Test
    void exactly_one_head() {
        assertThatThrownBy(() -> Cluster.form("c", "K", "K", ClusterType.CLUSTER, 2025,
                List.of(new Cluster.Member("SYT", ClusterRole.THANH_VIEN)), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("cluster.head-count"));
    }
}
