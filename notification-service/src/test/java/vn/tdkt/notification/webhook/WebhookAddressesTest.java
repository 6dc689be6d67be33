package vn.tdkt.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.notification.webhook.application.WebhookAddresses;
import vn.tdkt.notification.webhook.application.WebhookProperties;

/** Which addresses a webhook may reach: nothing inside the network but the networks the province allows. */
class WebhookAddressesTest {

    static WebhookAddresses allowing(String... networks) {
        return new WebhookAddresses(new WebhookProperties(10, false, Duration.ofSeconds(1), Duration.ofSeconds(1),
                List.of(networks)));
    }

    @Test
    void literalAddressesInsideTheNetworkAreRefusedWhenRegistered() {
        WebhookAddresses addresses = allowing();
        for (String url : new String[] {"https://127.0.0.1:8443/x", "https://169.254.169.254/latest/meta-data",
                "https://10.1.2.3/hooks", "https://172.20.0.5/", "https://192.168.1.10/", "https://[::1]/",
                "https://[fd12:3456::1]/", "https://0.0.0.0/", "https://localhost/hooks", "https://api.localhost/",
                "https://100.100.100.200/latest/meta-data"}) {
            assertThat(addresses.refusedLiteral(URI.create(url))).as(url).isPresent();
        }
        for (String url : new String[] {"https://8.8.8.8/hooks", "https://sgddt.sonla.gov.vn/hooks",
                "https://[2001:db8::1]/"}) {
            assertThat(addresses.refusedLiteral(URI.create(url))).as(url).isEmpty();
        }
    }

    @Test
    void aNetworkTheProvinceAllowsIsReachableAndOnlyThatOne() {
        WebhookAddresses addresses = allowing("10.20.0.0/16", " ", "127.0.0.0/8");
        assertThat(addresses.refusedLiteral(URI.create("https://10.20.3.4/hooks"))).isEmpty();
        assertThat(addresses.refusedLiteral(URI.create("https://10.21.3.4/hooks"))).contains("10.21.3.4");
        assertThat(addresses.refusedLiteral(URI.create("https://localhost/hooks"))).isEmpty();
    }

    @Test
    void aHostNameIsCheckedAgainstWhatItResolvesToWhenSending() throws Exception {
        assertThat(InetAddress.getByName("localhost").isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> allowing().requireAllowed(URI.create("https://localhost:9/hooks")))
                .isInstanceOf(WebhookAddresses.RefusedAddressException.class)
                .hasMessageContaining("localhost");
        allowing("127.0.0.0/8", "::1/128").requireAllowed(URI.create("https://localhost:9/hooks"));
    }
}
