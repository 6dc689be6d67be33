package vn.tdkt.nomination.council.application;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import vn.tdkt.nomination.council.domain.MeetingCadence;
import vn.tdkt.nomination.council.domain.Share;

/**
 * Province parameters of councils ({@code tdkt.nomination.council.*}).
 *
 * @param quorum             R-MEET-01 (QĐ 86/2025/QĐ-UBND Bắc Ninh Điều 8 k4 b): the share of the total membership
 *                           that must be present for the provincial council's award meetings, and for other meetings
 *                           (a unit's council); "80%", "2/3" or "0.8". Written votes of absentees do not count as
 *                           presence.
 * @param meeting            R-MEET-02: how often the provincial council must meet, how long before the mark its
 *                           standing body is reminded, and how often that is checked
 * @param maxWrittenVoteSize the largest written-vote document accepted (413 above it)
 */
@ConfigurationProperties("tdkt.nomination.council")
public record CouncilProperties(QuorumShares quorum, Meeting meeting, DataSize maxWrittenVoteSize) {

    public CouncilProperties {
        quorum = quorum == null ? new QuorumShares(null, null) : quorum;
        meeting = meeting == null ? new Meeting(null, null, null) : meeting;
        maxWrittenVoteSize = maxWrittenVoteSize == null ? DataSize.ofMegabytes(20) : maxWrittenVoteSize;
    }

    public record QuorumShares(String provincialAwardMeeting, String otherMeeting) {

        public QuorumShares {
            provincialAwardMeeting = provincialAwardMeeting == null ? "80%" : provincialAwardMeeting;
            otherMeeting = otherMeeting == null ? "2/3" : otherMeeting;
            // parsed here so that a typo stops the start-up instead of the first meeting
            Share.parse(provincialAwardMeeting);
            Share.parse(otherMeeting);
        }

        public Share provincial() {
            return Share.parse(provincialAwardMeeting);
        }

        public Share other() {
            return Share.parse(otherMeeting);
        }
    }

    public record Meeting(Period interval, Period reminderLead, Duration scanInterval) {

        public Meeting {
            interval = interval == null ? Period.ofMonths(6) : interval;
            reminderLead = reminderLead == null ? Period.ofDays(30) : reminderLead;
            scanInterval = scanInterval == null ? Duration.ofHours(1) : scanInterval;
        }

        public MeetingCadence cadence() {
            return new MeetingCadence(interval, reminderLead);
        }
    }
}
