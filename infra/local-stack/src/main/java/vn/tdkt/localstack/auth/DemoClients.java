package vn.tdkt.localstack.auth;

import java.util.List;
import java.util.Optional;

/** The demo clients of the local stack, in one place so that the README can list them. */
public final class DemoClients {

    public static final List<DemoClient> ALL = List.of(
            new DemoClient("snv", "snv-secret", "SNV", List.of("SNV_OFFICER")),
            new DemoClient("vpubnd", "vpubnd-secret", "VPUBND", List.of("UNIT_OFFICER")),
            new DemoClient("sgddt", "sgddt-secret", "SGDDT", List.of("UNIT_OFFICER")),
            new DemoClient("syt", "syt-secret", "SYT", List.of("UNIT_OFFICER")),
            new DemoClient("pchiengle", "pchiengle-secret", "PCHIENGLE", List.of("UNIT_OFFICER")),
            new DemoClient("council", "council-secret", "HDTDKT", List.of("COUNCIL_MEMBER")),
            new DemoClient("leader", "leader-secret", "UBND", List.of("LEADER")),
            new DemoClient("admin", "admin-secret", "SNV", List.of("ADMIN", "SNV_OFFICER")),
            new DemoClient("system", "system-secret", "SNV", List.of("ADMIN", "SNV_OFFICER")));

    private DemoClients() {
    }

    public static Optional<DemoClient> find(String clientId) {
        return ALL.stream().filter(client -> client.clientId().equals(clientId)).findFirst();
    }

    /** The client with this id; fails if there is none. */
    public static DemoClient get(String clientId) {
        return find(clientId).orElseThrow(() -> new IllegalArgumentException("No demo client " + clientId));
    }
}
