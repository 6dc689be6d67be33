package vn.tdkt.plan;

import org.junit.jupiter.api.Test;
import vn.tdkt.platformtest.arch.ArchitectureRules;

class ArchitectureTest {

    @Test
    void layers_and_features_follow_the_rules() {
        ArchitectureRules.checkAll("vn.tdkt.plan");
    }
}
