package vn.tdkt.nomination.notice.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.notice.domain.Notice;
import vn.tdkt.nomination.notice.domain.NoticeStatus;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

/** Public notices. */
@Repository
public class NoticeStore extends AggregateStore<Notice, NoticeDocument> {

    public NoticeStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, NoticeDocument.class, NoticeDocument::new, Notice::id,
                "notice.not-found");
        Indexes.ensure(mongo, NoticeDocument.COLLECTION,
                Indexes.ascending("notice_dossier", NoticeDocument.DOSSIER),
                Indexes.ascending("notice_status_closes", NoticeDocument.STATUS, NoticeDocument.CLOSES_ON),
                Indexes.ascending("notice_unit", NoticeDocument.UNIT));
    }

    /** The dossier's latest notice (ids are UUIDv7, so they sort by creation). */
    public Optional<Notice> latestFor(String dossierId) {
        return findAll(Query.query(where(NoticeDocument.DOSSIER).is(dossierId))
                .with(Sort.by(Sort.Direction.DESC, "_id")).limit(1)).stream().findFirst();
    }

    /** Open notices whose window ended before {@code today}: the close scan's candidates. */
    public List<Versioned<Notice>> endedBefore(LocalDate today) {
        return findAllVersioned(Query.query(where(NoticeDocument.STATUS).is(NoticeStatus.OPEN)
                .and(NoticeDocument.CLOSES_ON).lt(today)));
    }

    public List<Versioned<Notice>> page(String unitCode, NoticeStatus status, String dossierId, PageQuery page) {
        return findAllVersioned(Query.query(criteria(unitCode, status, dossierId))
                .with(Sort.by(Sort.Direction.DESC, "_id")).skip(page.offset()).limit(page.size()));
    }

    public long count(String unitCode, NoticeStatus status, String dossierId) {
        return count(Query.query(criteria(unitCode, status, dossierId)));
    }

    private static Criteria criteria(String unitCode, NoticeStatus status, String dossierId) {
        return new FilterCriteria()
                .equal(NoticeDocument.UNIT, unitCode)
                .equal(NoticeDocument.STATUS, status)
                .equal(NoticeDocument.DOSSIER, dossierId)
                .all();
    }
}
