package vn.tdkt.nomination.council.application;

import java.time.LocalDate;
import java.util.List;

/** Whether a dossier may proceed to a decision as far as councils and public notice are concerned. */
public interface DecisionGates {

    /** Why the dossier cannot be decided yet (empty = it can): no passing council vote where the catalogue
     *  requires one (R-VOTE-01/02), a public notice still open or with unresolved comments (R-PUB-01). Each reason
     *  is a message key with arguments, for a 409 problem. */
    List<GateReason> blockers(String dossierId, LocalDate decisionDate);

    record GateReason(String code, List<Object> args) {
    }
}
