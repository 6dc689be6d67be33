package vn.tdkt.nomination;

import org.junit.jupiter.api.Test;
import vn.tdkt.platformtest.arch.ArchitectureRules;

class ArchitectureTest {

    @Test
    void package_rules_hold() {
        ArchitectureRules.checkAll("vn.tdkt.nomination");
    }
}
