package vn.tdkt.nomination.council.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.nomination.CouncilEvent;
import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.MeetingCadence;
import vn.tdkt.nomination.council.persistence.CouncilSessionStore;
import vn.tdkt.nomination.council.persistence.CouncilStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import lombok.RequiredArgsConstructor;

/**
 * R-MEET-02: the provincial council meets at least every 6 months (QĐ 86/2025/QĐ-UBND Bắc Ninh Điều 8 k4 b). When its
 * latest session (held or scheduled) is older than the interval less the reminder lead, {@code council-meeting-due}
 * goes to its standing body once per council and period: the period's mark and the event are one save of the council,
 * guarded by the version the scan read, so a concurrent scan or a restart sends nothing twice.
 */
@Service
@RequiredArgsConstructor
public class MeetingReminders {

    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

    private final CouncilService councils;
    private final CouncilStore store;
    private final CouncilSessionStore sessions;
    private final CouncilProperties properties;
    private final Clock clock;

    /** @return how many reminders were written */
    public int scan() {
        LocalDate today = LocalDate.now(clock);
        MeetingCadence cadence = properties.meeting().cadence();
        int sent = 0;
        for (Versioned<Council> read : councils.provincial()) {
            Council council = read.value();
            LocalDate lastMeeting = sessions.latestOf(council.id()).map(CouncilSession::sessionDate).orElse(null);
            // decided on the copy read by the scan; only a council with a reminder due is written
            if (council.remindMeetingDue(lastMeeting, today, cadence).isEmpty()) {
                continue;
            }
            try {
                store.update(council.id(), version -> {
                    if (version != read.version()) {
                        throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "etag.mismatch",
                                read.version(), version);
                    }
                }, c -> {
                    List<CouncilEvent> events = c.remindMeetingDue(lastMeeting, today, cadence);
                    return events;
                });
                sent++;
            } catch (OptimisticLockingFailureException | DomainException changedMeanwhile) {
                log.debug("Council {} changed during the meeting reminder scan; it is looked at again next time",
                        council.id());
            }
        }
        return sent;
    }
}
