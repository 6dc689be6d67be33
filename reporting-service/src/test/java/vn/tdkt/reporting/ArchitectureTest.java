package vn.tdkt.reporting;

import org.junit.jupiter.api.Test;
import vn.tdkt.platformtest.arch.ArchitectureRules;

class ArchitectureTest {

    @Test
    void followsThePlatformPackageRules() {
        ArchitectureRules.checkAll("vn.tdkt.reporting");
    }
}
