package vn.tdkt.nomination.nomineeimport.application;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.dossier.application.StagedImports;
import vn.tdkt.nomination.nomineeimport.persistence.NomineeImportStore;
import lombok.RequiredArgsConstructor;

/** The imports whose dossiers must stay hidden: those being confirmed and not yet flipped. */
@Component
@RequiredArgsConstructor
public class UnconfirmedImports implements StagedImports {

    private final NomineeImportStore store;

    @Override
    public Set<String> unconfirmed() {
        return store.confirming();
    }
}
