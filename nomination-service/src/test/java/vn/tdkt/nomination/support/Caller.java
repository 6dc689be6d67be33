package vn.tdkt.nomination.support;

import java.util.function.Supplier;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * The callers of the service's security matrix, in the column order of every block's expected statuses: the own
 * unit's officer ({@value NominationApiTest#OWN}), another unit's officer, a token without role, no token, and the
 * province-wide roles.
 */
public enum Caller {
    OWN_UNIT_OFFICER(() -> TestTokens.unitOfficer(NominationApiTest.OWN)),
    OTHER_UNIT_OFFICER(() -> TestTokens.unitOfficer(NominationApiTest.OTHER)),
    NO_ROLE(() -> TestTokens.noRole(NominationApiTest.OWN)),
    ANONYMOUS(() -> null),
    SNV_OFFICER(TestTokens::snvOfficer),
    LEADER(TestTokens::leader),
    COUNCIL_MEMBER(TestTokens::councilMember),
    ADMIN(TestTokens::admin);

    private final Supplier<RequestPostProcessor> token;

    Caller(Supplier<RequestPostProcessor> token) {
        this.token = token;
    }

    /** Puts this caller's token on the request; an anonymous caller sends none. */
    public void sign(AbstractMockHttpServletRequestBuilder<?> request) {
        RequestPostProcessor processor = token.get();
        if (processor != null) {
            request.with(processor);
        }
    }

    /**
     * This caller's column in a block that lists no administrator column: the administrator's token carries
     * SNV_OFFICER too, so it answers as Sở Nội vụ.
     */
    public int columnWithoutAdmin() {
        return this == ADMIN ? SNV_OFFICER.ordinal() : ordinal();
    }
}
