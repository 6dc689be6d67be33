package vn.tdkt.localstack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void a_port_is_handed_out_once_in_a_jvm_even_when_the_os_offers_it_again() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            assertThat(ports.add(Ports.freePort())).as("port %d handed out twice", i).isTrue();
        }
    }
}
