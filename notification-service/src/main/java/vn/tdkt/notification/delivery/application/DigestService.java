package vn.tdkt.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryDraft;
import vn.tdkt.notification.delivery.domain.DeliveryIds;
import vn.tdkt.notification.delivery.persistence.DeliveryStore;
import vn.tdkt.notification.directory.application.NoticeContexts;
import vn.tdkt.notification.notice.domain.Audience;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.EscalationNotices;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeFormat;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.RecipientRef;
import vn.tdkt.notification.notice.domain.Reference;
import vn.tdkt.notification.template.application.TemplateRenderer;
import vn.tdkt.notification.template.domain.Rendered;
import vn.tdkt.platform.domain.VersionPrecondition;
import lombok.RequiredArgsConstructor;

/**
 * The daily digest: at {@code tdkt.notification.digest.send-at} each recipient that chose it gets one e-mail
 * holding the day's non-urgent notices (urgent ones never wait). The digest's id is deterministic per recipient
 * and day; composing it again (a second instance, a crash half-way) finds it and only finishes marking its items.
 * Items held after a digest was composed wait for the next one.
 */
@Service
@RequiredArgsConstructor
public class DigestService {

    static final String DIGEST_TYPE = "tdkt.notification.daily-digest";
    private static final Logger log = LoggerFactory.getLogger(DigestService.class);
    private static final int BATCH = 2_000;

    private final DeliveryStore store;
    private final TemplateRenderer renderer;
    private final NoticeContexts contexts;
    private final DeliveryPolicy policy;
    private final DispatchTrigger dispatch;
    private final Clock clock;

    /** What the schedule runs ({@link DeliveryJobs}): every digest due, unless digests are switched off. */
    public void scheduled() {
        if (policy.properties().digest().enabled()) {
            composeDue();
        }
    }

    /** Composes every digest whose send time has come. @return how many digests were composed now */
    public int composeDue() {
        Instant now = clock.instant();
        LocalDate lastDueDay = policy.digest().lastDueDay(now);
        Map<String, List<Delivery>> byRecipient = new LinkedHashMap<>();
        for (Delivery held : store.heldUntil(lastDueDay, BATCH)) {
            byRecipient.computeIfAbsent(held.recipientKey() + "|" + held.address(), k -> new ArrayList<>()).add(held);
        }
        int composed = 0;
        for (List<Delivery> items : byRecipient.values()) {
            if (compose(items, now)) {
                composed++;
            }
        }
        if (composed > 0) {
            log.info("Composed {} daily digest(s)", composed);
            dispatch.kick();
        }
        return composed;
    }

    private boolean compose(List<Delivery> items, Instant now) {
        Delivery first = items.get(0);
        LocalDate day = items.stream().map(Delivery::digestDay).max(LocalDate::compareTo).orElseThrow();
        String sourceId = "digest:" + first.recipientKey() + ":" + day;
        String id = DeliveryIds.of(sourceId, first.recipientKey(), Channel.EMAIL);
        Language language = first.language() == null ? Language.VI : first.language();
        List<Map<String, Object>> models = items.stream().map(item -> Map.<String, Object>of(
                "kind", item.kind() == null ? "" : item.kind().name(),
                "kindLabel", item.kind() == null ? "" : item.kind().label(),
                "subject", item.subject() == null ? "" : item.subject(),
                "body", item.body() == null ? "" : item.body(),
                "time", NoticeFormat.time(item.createdAt(), clock.getZone()))).toList();
        RecipientRef recipient = RecipientRef.parse(first.recipientKey(), first.unitCode());
        String unitForName = recipient.audience() == Audience.PERSON ? null : first.unitCode();
        Rendered text = renderer.render(NoticeKind.DAILY_DIGEST, language,
                EscalationNotices.digest(unitForName, NoticeFormat.date(day), models, contexts.current()));
        DeliveryDraft draft = new DeliveryDraft(id, Channel.EMAIL, NoticeKind.DAILY_DIGEST, sourceId, DIGEST_TYPE,
                first.recipientKey(), first.unitCode(), first.address(), null, language, false,
                new Reference(Reference.Type.DIGEST, first.recipientKey() + ":" + day), null, text.subject(),
                text.body(), now);
        boolean created = store.insertIfAbsent(Delivery.digest(draft,
                items.stream().map(Delivery::id).toList(), policy.quietHours().deferUntil(now)));
        List<String> included = created ? items.stream().map(Delivery::id).toList()
                : store.get(id).value().digestItems();
        for (Delivery item : items) {
            if (included.contains(item.id())) {
                store.update(item.id(), VersionPrecondition.none(), d -> d.digested(id, now));
            } else {
                store.update(item.id(), VersionPrecondition.none(), d -> d.postponeDigest(day.plusDays(1), now));
            }
        }
        return created;
    }
}
