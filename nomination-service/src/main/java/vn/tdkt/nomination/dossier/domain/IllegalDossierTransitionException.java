package vn.tdkt.nomination.dossier.domain;

import vn.tdkt.platform.domain.DomainException;

/**
 * A command that the dossier's current status does not allow (edit after submit, submit twice, appraise a
 * draft...). A CONFLICT: the request was well formed, the state is not right for it.
 */
public class IllegalDossierTransitionException extends DomainException {

    public static final String CODE = "dossier.illegal-transition";

    private final DossierAction action;
    private final DossierStatus current;

    public IllegalDossierTransitionException(DossierAction action, DossierStatus current) {
        super(Kind.CONFLICT, CODE, action, current);
        this.action = action;
        this.current = current;
    }

    public DossierAction action() {
        return action;
    }

    public DossierStatus current() {
        return current;
    }
}
