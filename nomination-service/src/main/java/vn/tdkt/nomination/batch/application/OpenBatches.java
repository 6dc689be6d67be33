package vn.tdkt.nomination.batch.application;

import org.springframework.stereotype.Component;
import vn.tdkt.nomination.batch.persistence.BatchStore;
import vn.tdkt.nomination.dossier.application.BatchDirectory;
import lombok.RequiredArgsConstructor;

/** The batches as dossiers see them (kept apart from {@link BatchService}, which itself uses dossiers). */
@Component
@RequiredArgsConstructor
public class OpenBatches implements BatchDirectory {

    private final BatchStore store;

    @Override
    public void requireOpen(String batchId, String unitCode) {
        store.get(batchId, b -> b.unitCode().equals(unitCode)).value().requireOpen();
    }
}
