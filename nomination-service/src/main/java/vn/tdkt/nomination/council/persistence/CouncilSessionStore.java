package vn.tdkt.nomination.council.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.council.domain.CouncilLevel;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.SessionStatus;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

/** Council sessions and the queries the council feature needs. */
@Repository
public class CouncilSessionStore extends AggregateStore<CouncilSession, CouncilSessionDocument> {

    public CouncilSessionStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, CouncilSessionDocument.class, CouncilSessionDocument::new,
                CouncilSession::id, "council.session.not-found");
        Indexes.ensure(mongo, CouncilSessionDocument.COLLECTION,
                Indexes.newestFirst("session_council_starts", CouncilSessionDocument.COUNCIL,
                        CouncilSessionDocument.STARTS_AT),
                Indexes.ascending("session_members", CouncilSessionDocument.MEMBER_IDS),
                Indexes.ascending("session_agenda", CouncilSessionDocument.AGENDA_DOSSIERS),
                Indexes.ascending("session_audit", CouncilSessionDocument.AUDIT_RECORDED,
                        CouncilSessionDocument.STATUS));
    }

    /** One page of sessions, latest start first, of the given councils (null: any) and member (null: anyone). */
    public List<Versioned<CouncilSession>> page(Collection<String> councilIds, String memberId,
            SessionStatus status, PageQuery page) {
        return findAllVersioned(Query.query(criteria(councilIds, memberId, status))
                .with(Sort.by(Sort.Direction.DESC, CouncilSessionDocument.STARTS_AT).and(Sort.by("_id")))
                .skip(page.offset()).limit(page.size()));
    }

    public long count(Collection<String> councilIds, String memberId, SessionStatus status) {
        return count(Query.query(criteria(councilIds, memberId, status)));
    }

    /** Sessions not closed or cancelled whose agenda lists the dossier. */
    public List<CouncilSession> pendingWith(String dossierId) {
        return findAll(Query.query(where(CouncilSessionDocument.AGENDA_DOSSIERS).is(dossierId)
                .and(CouncilSessionDocument.STATUS).in(SessionStatus.SCHEDULED, SessionStatus.BALLOT_OPEN)));
    }

    /** The latest closed session that voted on the dossier, of a council of {@code level} (null: any level). */
    public Optional<CouncilSession> lastClosedWith(String dossierId, CouncilLevel level) {
        Criteria closed = where(CouncilSessionDocument.AGENDA_DOSSIERS).is(dossierId)
                .and(CouncilSessionDocument.STATUS).is(SessionStatus.CLOSED);
        if (level != null) {
            closed = closed.and(CouncilSessionDocument.COUNCIL_LEVEL).is(level);
        }
        return findAll(Query.query(closed)
                .with(Sort.by(Sort.Direction.DESC, CouncilSessionDocument.CLOSED_AT)).limit(1))
                .stream().findFirst();
    }

    /** The council's latest session that was not cancelled (held or to be held). */
    public Optional<CouncilSession> latestOf(String councilId) {
        return findAll(Query.query(where(CouncilSessionDocument.COUNCIL).is(councilId)
                        .and(CouncilSessionDocument.STATUS).ne(SessionStatus.CANCELLED))
                .with(Sort.by(Sort.Direction.DESC, CouncilSessionDocument.STARTS_AT)).limit(1))
                .stream().findFirst();
    }

    /** Closed sessions whose ballots and tally are not yet all in the audit chain (a close interrupted). */
    public List<String> closedWithoutAudit() {
        return findAll(Query.query(where(CouncilSessionDocument.AUDIT_RECORDED).is(false)
                .and(CouncilSessionDocument.STATUS).is(SessionStatus.CLOSED))).stream()
                .map(CouncilSession::id).toList();
    }

    private static Criteria criteria(Collection<String> councilIds, String memberId, SessionStatus status) {
        return new FilterCriteria()
                .when(councilIds != null, () -> Criteria.where(CouncilSessionDocument.COUNCIL).in(councilIds))
                .equal(CouncilSessionDocument.MEMBER_IDS, memberId)
                .equal(CouncilSessionDocument.STATUS, status)
                .all();
    }
}
