package vn.tdkt.nomination.dossier.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.sla.application.WorkingDays;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.web.ETags;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Turns dossiers into responses: clocks are shown on today's date and the calendar in force. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DossierViews {

    private final WorkingDays workingDays;
    private final Clock clock;

    DossierResponse view(Versioned<Dossier> dossier) {
        return DossierResponse.of(dossier.value(), dossier.version(), LocalDate.now(clock), workingDays.calendar());
    }

    ResponseEntity<DossierResponse> ok(Versioned<Dossier> dossier) {
        return ETags.ok(dossier, d -> view(dossier));
    }

    ResponseEntity<DossierResponse> created(URI location, Versioned<Dossier> dossier) {
        return ETags.created(location, dossier, d -> view(dossier));
    }
}
