package vn.tdkt.nomination.dossier.application;

import java.util.Set;

/**
 * Bulk imports whose dossiers are written but not yet confirmed: nobody may see or count those dossiers. The
 * nominee-import feature implements it.
 */
public interface StagedImports {

    /** Ids of the imports not (yet) confirmed; small (imports in progress, or abandoned and awaiting cleanup). */
    Set<String> unconfirmed();
}
