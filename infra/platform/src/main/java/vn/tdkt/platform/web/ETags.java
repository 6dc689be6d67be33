package vn.tdkt.platform.web;

import vn.tdkt.platform.domain.DomainException;

/**
 * Strong entity tags from the aggregate version. Updates may send {@code If-Match}; a stale tag answers 412 so
 * one department's edit never silently overwrites another's.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /** Throws a 412 problem when {@code ifMatch} is present and names another version. */
    public static void checkIfMatch(String ifMatch, Long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
            return;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "etag.mismatch", ifMatch, current);
    }
}
