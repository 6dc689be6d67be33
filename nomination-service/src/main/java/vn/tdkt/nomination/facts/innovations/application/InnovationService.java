package vn.tdkt.nomination.facts.innovations.application;

import org.springframework.stereotype.Service;

/** The innovation register (sáng kiến): recognition, and which dossier used each one (R-GEN-02). */
@Service
public class InnovationService {

    /**
     * Records that {@code dossierId} (proposing {@code awardCode}) uses this innovation as a basis. Repeating it for
     * the same dossier changes nothing.
     *
     * @throws vn.tdkt.platform.domain.DomainException NOT_FOUND {@code innovation.not-found}; CONFLICT
     *         {@code innovation.already-used} when another dossier used it (R-GEN-02)
     */
    public void markUsed(String innovationId, String dossierId, String awardCode) {
        throw new UnsupportedOperationException("register arrives in a later commit");
    }

    /**
     * Undoes {@link #markUsed} for {@code dossierId} (a dossier withdrawn or found not eligible frees its
     * innovations). Releasing an innovation another dossier uses, or one never used, changes nothing.
     */
    public void releaseUse(String innovationId, String dossierId) {
        throw new UnsupportedOperationException("register arrives in a later commit");
    }
}
