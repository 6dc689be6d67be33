package vn.tdkt.notification;

import org.junit.jupiter.api.Test;
import vn.tdkt.platformtest.arch.ArchitectureRules;

class ArchitectureTest {

    @Test
    void packagesFollowThePlatformRules() {
        ArchitectureRules.checkAll("vn.tdkt.notification");
    }
}
