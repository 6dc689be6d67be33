package vn.tdkt.nomination.notice.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.application.LocalizedDomainErrors;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.nomination.notice.domain.Comment;
import vn.tdkt.nomination.notice.domain.CommentStatus;
import vn.tdkt.nomination.notice.domain.Nominee;
import vn.tdkt.nomination.notice.domain.Notice;
import vn.tdkt.nomination.notice.domain.NoticeStatus;
import vn.tdkt.nomination.notice.domain.NoticeWindow;
import vn.tdkt.nomination.notice.persistence.CommentStore;
import vn.tdkt.nomination.notice.persistence.NoticeStore;
import vn.tdkt.nomination.planview.application.PlanViews;
import vn.tdkt.nomination.planview.domain.UnitStanding;
import vn.tdkt.nomination.sla.application.WorkingDays;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * Public notice (công khai, lấy ý kiến Nhân dân, R-PUB-01). Sở Nội vụ opens a notice for an appraised dossier whose
 * award the catalogue in force publishes for comment; the window counts working days on the calendar the dossier
 * clocks use; citizens comment on the public page; Sở Nội vụ resolves or hides each comment; a scheduled scan closes
 * each notice once its window has ended ({@code notice-closed}, exactly once: the close and its event are one save
 * guarded by the version the scan read).
 *
 * <p>Access: Sở Nội vụ officers and administrators open notices and moderate comments; they, leaders and council
 * members read every notice and its comments; a unit's officers read their own unit's notices (another unit's: 404)
 * but not the comments, which may name people.
 */
@Service
@EnableConfigurationProperties(NoticeProperties.class)
@RequiredArgsConstructor
public class NoticeService {

    private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

    private final NoticeStore notices;
    private final CommentStore comments;
    private final DossierService dossiers;
    private final CatalogueService catalogue;
    private final PlanViews planViews;
    private final WorkingDays workingDays;
    private final NoticeProperties properties;
    private final Clock clock;

    // ---------------------------------------------------------------------------------------------- Sở Nội vụ

    /**
     * Opens a notice for an appraised-eligible dossier whose award is published for comment.
     *
     * @param opensOn     the first day (default today; not in the past)
     * @param requested   working days (default: the catalogue's, else {@code default-working-days}); never fewer
     *                    than the catalogue's
     */
    public Versioned<Notice> open(TdktPrincipal caller, String dossierId, LocalDate opensOn, Integer requested) {
        requireModerator(caller);
        Dossier dossier = dossiers.find(dossierId)
                .orElseThrow(() -> DomainException.notFound("dossier.not-found", dossierId));
        LocalDate today = LocalDate.now(clock);
        LocalDate first = opensOn == null ? today : opensOn;
        if (first.isBefore(today)) {
            throw DomainException.invalid("notice.opens-in-the-past", first);
        }
        if (dossier.status() != DossierStatus.APPRAISED_ELIGIBLE) {
            throw LocalizedDomainErrors.localized(DomainException.conflict("notice.dossier-not-eligible",
                    dossier.subject().name(), dossier.status()));
        }
        AwardForm award = catalogue.inForceOn(first).find(dossier.proposal().awardCode())
                .orElseThrow(() -> DomainException.invalid("award.unknown", dossier.proposal().awardCode()));
        if (!award.publicNotice().required()) {
            throw DomainException.conflict("notice.not-required", award.name());
        }
        notices.latestFor(dossierId).filter(n -> n.status() == NoticeStatus.OPEN).ifPresent(n -> {
            throw DomainException.conflict("notice.open-already", dossier.subject().name(), n.window().closesOn());
        });
        int minimum = award.publicNotice().workingDays() == null ? properties.defaultWorkingDays()
                : award.publicNotice().workingDays();
        int days = requested == null ? minimum : requested;
        if (days < minimum) {
            throw DomainException.invalid("notice.window-too-short", days, minimum);
        }
        NoticeWindow window = NoticeWindow.of(workingDays.calendar(), first, days);
        String id = Ids.newId(clock);
        String unitName = planViews.unit(dossier.unitCode()).map(UnitStanding::name).orElse(dossier.unitCode());
        Nominee nominee = new Nominee(dossier.id(), dossier.unitCode(), unitName, dossier.subject().type(),
                dossier.subject().name(), dossier.subject().type() == SubjectType.INDIVIDUAL
                        ? dossier.subject().position() : null,
                award.code(), award.name(), dossier.achievement().summary());
        return notices.insert(Notice.open(id, nominee, window, properties.publicBaseUrl() + "/cong-khai/" + id,
                caller.subject(), clock.instant()));
    }

    public Versioned<Notice> get(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return notices.get(id, n -> canRead(caller, n));
    }

    public PageResponse<Versioned<Notice>> list(TdktPrincipal caller, NoticeStatus status, String dossierId,
            PageQuery page) {
        // refuses a caller with no role; a unit officer's own unit is never missing (TdktPrincipal drops such roles)
        UnitScope scope = UnitScope.of(caller, null, TdktRole.PROVINCE_READERS);
        return scope.page(page, unit -> notices.page(unit, status, dossierId, page),
                unit -> notices.count(unit, status, dossierId));
    }

    public PageResponse<Versioned<Comment>> comments(TdktPrincipal caller, String noticeId, CommentStatus status,
            PageQuery page) {
        Notice notice = get(caller, noticeId).value();
        if (!caller.hasAnyRole(TdktRole.PROVINCE_READERS)) {
            throw DomainException.forbidden("security.forbidden");
        }
        return PageResponse.of(comments.page(notice.id(), status, page), page, comments.count(notice.id(), status));
    }

    public Versioned<Comment> resolve(TdktPrincipal caller, String noticeId, String commentId,
            VersionPrecondition expected, String resolution) {
        return moderate(caller, noticeId, commentId, expected, c -> c.resolve(resolution, caller.subject(),
                clock.instant()));
    }

    public Versioned<Comment> hide(TdktPrincipal caller, String noticeId, String commentId,
            VersionPrecondition expected, String reason) {
        return moderate(caller, noticeId, commentId, expected, c -> c.hide(reason, caller.subject(),
                clock.instant()));
    }

    private Versioned<Comment> moderate(TdktPrincipal caller, String noticeId, String commentId,
            VersionPrecondition expected,
            java.util.function.Function<Comment, List<vn.tdkt.contracts.nomination.PublicNoticeEvent>> command) {
        get(caller, noticeId);
        requireModerator(caller);
        comments.find(commentId).filter(c -> c.value().noticeId().equals(noticeId))
                .orElseThrow(() -> DomainException.notFound("notice.comment.not-found", commentId));
        return LocalizedDomainErrors.call(() -> comments.update(commentId, expected, command));
    }

    // ---------------------------------------------------------------------------------------------- the public

    /** A notice as the public page shows it (open or closed). */
    public Notice published(String id) {
        return notices.find(id).map(Versioned::value)
                .orElseThrow(() -> DomainException.notFound("notice.not-found", id));
    }

    /** The notices open for comment today, for the public index page. */
    public List<Notice> openToday() {
        LocalDate today = LocalDate.now(clock);
        return notices.page(null, NoticeStatus.OPEN, null, new PageQuery(0, 200)).stream().map(Versioned::value)
                .filter(n -> n.acceptsCommentsOn(today)).toList();
    }

    /** A citizen's comment (no token): taken while the notice's window is open. */
    public Versioned<Comment> comment(String noticeId, String text, String name, String contact) {
        Notice notice = published(noticeId);
        return comments.insert(Comment.receive(Ids.newId(clock), notice, text, name, contact, properties.limits(),
                LocalDate.now(clock), clock.instant()));
    }

    // ---------------------------------------------------------------------------------------------- gates, scan

    /**
     * Where the dossier's latest notice stands, for the decision gates. Unresolved comments are counted over every
     * notice of the dossier: a second notice must not hide a complaint left open on the first.
     */
    public Optional<NoticeState> stateFor(String dossierId) {
        return notices.latestFor(dossierId).map(n -> new NoticeState(n.id(), n.status(), n.window().closesOn(),
                (int) comments.countForDossier(dossierId, CommentStatus.RECEIVED)));
    }

    public record NoticeState(String noticeId, NoticeStatus status, LocalDate closesOn, int unresolvedComments) {
    }

    /** Closes every open notice whose window ended before today; returns how many were closed. */
    public int closeEnded() {
        LocalDate today = LocalDate.now(clock);
        int closed = 0;
        for (Versioned<Notice> read : notices.endedBefore(today)) {
            String id = read.value().id();
            int all = (int) comments.count(id, null);
            int unresolved = (int) comments.count(id, CommentStatus.RECEIVED);
            try {
                notices.update(id, version -> {
                    if (version != read.version()) {
                        throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "etag.mismatch",
                                read.version(), version);
                    }
                }, n -> n.close(today, all, unresolved));
                closed++;
            } catch (OptimisticLockingFailureException | DomainException changedMeanwhile) {
                log.debug("Notice {} changed during the close scan; it is looked at again next time", id);
            }
        }
        return closed;
    }

    // ---------------------------------------------------------------------------------------------- access

    private static boolean canRead(TdktPrincipal caller, Notice notice) {
        return caller.hasAnyRole(TdktRole.PROVINCE_READERS) || notice.nominee().unitCode().equals(caller.unitCode());
    }

    private static void requireModerator(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }
}
