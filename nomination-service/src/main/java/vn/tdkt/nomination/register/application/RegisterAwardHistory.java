package vn.tdkt.nomination.register.application;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.facts.application.AwardHistory;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.register.persistence.AwardRecordStore;
import lombok.RequiredArgsConstructor;

/** The award register as the fact registers see it: the source of every subject's prior awards. */
@Component
@RequiredArgsConstructor
public class RegisterAwardHistory implements AwardHistory {

    private final AwardRecordStore store;

    @Override
    public List<RecordedAward> awardsOf(SubjectRef subject) {
        return store.ofSubject(subject).stream().map(RegisterAwardHistory::recorded).toList();
    }

    static RecordedAward recorded(AwardRecord award) {
        return new RecordedAward(award.id(), award.awardCode(), award.year(), award.type(), award.active(),
                award.decision().date(), award.dossierId());
    }
}
