package vn.tdkt.nomination.council.application;

import java.time.Clock;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.planview.application.PlanViews;
import vn.tdkt.nomination.planview.domain.UnitStanding;
import vn.tdkt.platform.security.TdktPrincipal;
import lombok.RequiredArgsConstructor;

/**
 * The minutes (biên bản) of a closed session, with the tally, as PDF and DOCX; readable by whoever may read the
 * session. Unit names come from the unit registry's read model.
 */
@Service
@RequiredArgsConstructor
public class MinutesService {

    private final CouncilSessionService sessions;
    private final PlanViews planViews;
    private final Clock clock;

    public byte[] pdf(TdktPrincipal caller, String sessionId) {
        return MinutesPdf.render(minutes(caller, sessionId));
    }

    public byte[] docx(TdktPrincipal caller, String sessionId) {
        return MinutesDocx.render(minutes(caller, sessionId));
    }

    Minutes minutes(TdktPrincipal caller, String sessionId) {
        return Minutes.of(sessions.closed(caller, sessionId), clock.getZone(),
                code -> planViews.unit(code).map(UnitStanding::name).orElse(code));
    }
}
