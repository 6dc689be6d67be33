package vn.tdkt.notification.webhook.domain;

/** Which events of the subscribed types a subscription receives. */
public enum SubscriptionAudience {
    /** Events that concern the owner unit (its tasks, dossiers, reports…): a unit's own system. */
    UNIT("Sự kiện liên quan đến đơn vị"),
    /** Every event of the subscribed types, province-wide: outside systems such as LGSP/NDXP (SNV, ADMIN only). */
    PROVINCE("Mọi sự kiện trong tỉnh (LGSP/NDXP)");

    private final String label;

    SubscriptionAudience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
