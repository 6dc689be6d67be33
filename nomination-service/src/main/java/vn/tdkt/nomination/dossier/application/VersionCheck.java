package vn.tdkt.nomination.dossier.application;

/**
 * The caller's precondition on the stored version (HTTP {@code If-Match}), run after access checks and before
 * the command. The web layer supplies it, so the use cases stay free of HTTP types.
 */
@FunctionalInterface
public interface VersionCheck {

    /** Throws if the command must not run against {@code currentVersion}. */
    void verify(Long currentVersion);
}
