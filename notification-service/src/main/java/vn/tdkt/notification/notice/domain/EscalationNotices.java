package vn.tdkt.notification.notice.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The escalation chain of an overdue item (README, notification-service section, "Escalation"): first the unit, then the head of
 * the unit (người đứng đầu), then the level above — the parent unit, or Sở Nội vụ for units directly under the
 * province. Also the notices the notification service writes on its own behalf: a disabled webhook, the daily
 * digest.
 */
public final class EscalationNotices {

    private EscalationNotices() {
    }

    public static Notice unit(OverdueItem item, LocalDate today, NoticeContext context) {
        NoticeKind kind = item.type() == OverdueItem.Type.TASK ? NoticeKind.TASK_OVERDUE : NoticeKind.REPORT_OVERDUE;
        return new Notice(kind, RecipientRef.unit(item.unitCode()), item.reference(),
                itemModel(item, item.unitCode(), today, context).build());
    }

    public static Notice head(OverdueItem item, LocalDate today, NoticeContext context) {
        UnitInfo unit = context.unit(item.unitCode());
        Model model = itemModel(item, item.unitCode(), today, context)
                .optional("headName", unit.headName())
                .optional("headTitle", unit.headTitle());
        return new Notice(NoticeKind.ESCALATION_HEAD, RecipientRef.head(item.unitCode()), item.reference(),
                model.build());
    }

    /** To the level above the item's unit ({@link NoticeContext#levelAbove}). */
    public static Notice levelAbove(OverdueItem item, LocalDate today, NoticeContext context) {
        String above = context.levelAbove(item.unitCode());
        Model model = itemModel(item, above, today, context)
                .put("lateUnitCode", item.unitCode())
                .put("lateUnitName", context.unitName(item.unitCode()));
        return new Notice(NoticeKind.ESCALATION_PARENT, RecipientRef.unit(above), item.reference(), model.build());
    }

    public static Notice webhookDisabled(String subscriptionId, String ownerUnit, String url, int failures,
            String reason, NoticeContext context) {
        Model model = PlanNotices.unitModel(ownerUnit, context)
                .put("subscriptionId", subscriptionId)
                .put("url", url)
                .put("failures", failures)
                // a 410 Gone stops sending at once: the notice says so rather than "after 0 failed deliveries"
                .put("gone", reason != null && reason.startsWith("GONE"))
                .optional("reason", reason);
        return new Notice(NoticeKind.WEBHOOK_DISABLED, RecipientRef.unit(ownerUnit),
                new Reference(Reference.Type.WEBHOOK, subscriptionId), model.build());
    }

    private static Model itemModel(OverdueItem item, String recipientUnit, LocalDate today, NoticeContext context) {
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(item.dueDate(), today));
        return PlanNotices.unitModel(recipientUnit, context)
                .put("task", item.type() == OverdueItem.Type.TASK)
                .put("report", item.type() == OverdueItem.Type.REPORT)
                .put("itemTypeLabel", item.type().label().toLowerCase(java.util.Locale.forLanguageTag("vi")))
                .put("title", item.title())
                .optional("context", item.context())
                .put("dueDate", NoticeFormat.date(item.dueDate()))
                .put("daysLate", daysLate)
                .put("itemUnitName", context.unitName(item.unitCode()));
    }

    /**
     * The daily digest of one recipient: each held notice's kind, title and text.
     *
     * @param unitCode the recipient's unit (for its name), may be null for a person of unknown unit
     */
    public static Map<String, Object> digest(String unitCode, String day, List<Map<String, Object>> items,
            NoticeContext context) {
        return new Model()
                .optional("unitName", unitCode == null ? null : context.unitName(unitCode))
                .put("day", day)
                .put("items", items)
                .put("count", items.size())
                .build();
    }
}
