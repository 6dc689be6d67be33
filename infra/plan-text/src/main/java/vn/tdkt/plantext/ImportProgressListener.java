package vn.tdkt.plantext;

/**
 * Receives progress while a plan is parsed, so the application layer can show progress and measure
 * the time of each phase for a long document.
 *
 * <p>Called on the parsing thread. {@code fraction} is the overall progress in [0, 1]; it never
 * decreases and is exactly 1.0 with {@link ImportPhase#DONE}. An exception thrown by the listener
 * aborts the parse and propagates to the caller, which doubles as a cancellation mechanism.
 */
@FunctionalInterface
public interface ImportProgressListener {

    /** A listener that ignores progress. */
    ImportProgressListener NONE = (phase, fraction) -> { };

    void onProgress(ImportPhase phase, double fraction);
}
