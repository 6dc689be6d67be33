package vn.tdkt.localstack.auth;

import java.util.List;

/**
 * A client-credentials client of the local authorization server. Each stands for one org unit and role set; the
 * access tokens it gets carry {@code unit} and {@code roles} claims, as the province's IdP would issue them.
 */
public record DemoClient(String clientId, String secret, String unit, List<String> roles) {

    public DemoClient {
        roles = List.copyOf(roles);
    }
}
