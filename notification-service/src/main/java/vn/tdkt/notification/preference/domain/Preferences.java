package vn.tdkt.notification.preference.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.notification.notice.domain.Audience;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.RecipientRef;
import vn.tdkt.platform.domain.DomainException;

/**
 * One recipient's choices: which channels each notice kind uses (kinds not named keep the default: inbox and e-mail
 * for a unit and its head, e-mail for a person), whether non-urgent e-mails are batched into one daily digest, and
 * the language of its notices. Webhooks are not a preference: a unit's subscriptions name their event types.
 */
public class Preferences {

    private String id;
    private Audience audience;
    private String unitCode;
    private String email;
    private Map<NoticeKind, Set<Channel>> channels = new EnumMap<>(NoticeKind.class);
    private boolean dailyDigest;
    private Language language;
    private Instant updatedAt;
    private String updatedBy;

    private Preferences() {
    }

    public static Preferences defaults(RecipientRef recipient) {
        Preferences preferences = new Preferences();
        preferences.id = recipient.preferenceKey();
        preferences.audience = recipient.audience();
        preferences.unitCode = recipient.unitCode();
        preferences.email = recipient.email();
        preferences.language = Language.VI;
        return preferences;
    }

    public List<EventPayload> change(Map<NoticeKind, Set<Channel>> newChannels, boolean newDailyDigest,
            Language newLanguage, String by, Instant now) {
        Map<NoticeKind, Set<Channel>> checked = new EnumMap<>(NoticeKind.class);
        newChannels.forEach((kind, set) -> {
            if (kind == null || set == null) {
                throw DomainException.invalid("preference.channels-invalid");
            }
            for (Channel channel : set) {
                if (channel == null || !allowed().contains(channel)) {
                    throw DomainException.invalid("preference.channel-invalid", String.valueOf(channel),
                            audience.name());
                }
            }
            checked.put(kind, set.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(set));
        });
        channels = checked;
        dailyDigest = newDailyDigest;
        language = newLanguage == null ? Language.VI : newLanguage;
        updatedAt = now;
        updatedBy = by;
        return List.of();
    }

    /** The channels a notice of this kind uses for this recipient. */
    public Set<Channel> channelsFor(NoticeKind kind) {
        Set<Channel> chosen = channels == null ? null : channels.get(kind);
        return chosen == null ? defaultChannels() : Set.copyOf(chosen);
    }

    /** Inbox and e-mail for a unit and its head; e-mail only for a person (the inbox belongs to units). */
    public Set<Channel> defaultChannels() {
        return audience == Audience.PERSON ? Set.of(Channel.EMAIL) : Set.of(Channel.INBOX, Channel.EMAIL);
    }

    public Set<Channel> allowed() {
        return defaultChannels();
    }

    public RecipientRef recipient() {
        return new RecipientRef(audience, unitCode, email);
    }

    public String id() { return id; }
    public Audience audience() { return audience; }
    public String unitCode() { return unitCode; }
    public String email() { return email; }
    public Map<NoticeKind, Set<Channel>> channels() { return channels == null ? Map.of() : Map.copyOf(channels); }
    public boolean dailyDigest() { return dailyDigest; }
    public Language language() { return language == null ? Language.VI : language; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
