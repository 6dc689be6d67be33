package vn.tdkt.nomination.dossier.application;

/**
 * The proposal batches (đợt đề nghị) dossiers belong to, as the dossier feature needs them. The batch feature
 * implements it (it depends on dossiers, not the reverse).
 */
public interface BatchDirectory {

    /**
     * Throws the 404 problem if {@code batchId} names no batch of {@code unitCode}, and a conflict if the batch no
     * longer takes new dossiers.
     */
    void requireOpen(String batchId, String unitCode);
}
