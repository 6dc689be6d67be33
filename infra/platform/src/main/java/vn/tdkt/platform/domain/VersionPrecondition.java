package vn.tdkt.platform.domain;

/**
 * What a caller expects of an aggregate's version before a command changes it (HTTP {@code If-Match}). The one
 * shape of a version check: application services call {@link #check(long)} with the version they loaded, before
 * the domain method runs, so a stale expectation changes nothing.
 */
@FunctionalInterface
public interface VersionPrecondition {

    /** Throws a {@link DomainException.Kind#PRECONDITION_FAILED} exception when {@code currentVersion} is not expected. */
    void check(long currentVersion);

    /** No expectation: any version may be changed (a request without {@code If-Match}). */
    static VersionPrecondition none() {
        return currentVersion -> { };
    }
}
