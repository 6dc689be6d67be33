package vn.tdkt.notification.preference.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.RecipientRef;
import vn.tdkt.notification.preference.domain.Preferences;
import vn.tdkt.notification.preference.persistence.PreferenceStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import lombok.RequiredArgsConstructor;

/**
 * Preferences per unit, per unit head and per person. A unit's officers manage those of their unit (the desk, the
 * head, and persons as that unit's notices reach them); Sở Nội vụ officers and administrators any unit's; another
 * unit's answers 404. A recipient that never chose anything has the defaults (version 0).
 */
@Service
@RequiredArgsConstructor
public class PreferenceService {

    /** The path segment of a unit's desk and of its head; anything else names a person by e-mail. */
    public static final String DESK = "unit";
    public static final String HEAD = "head";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PreferenceStore store;
    private final Clock clock;

    /** For delivery: the recipient's preferences, or the defaults. */
    public Preferences forRecipient(RecipientRef recipient) {
        return find(recipient).map(Versioned::value).orElseGet(() -> Preferences.defaults(recipient));
    }

    public Versioned<Preferences> get(TdktPrincipal caller, String unit, String who) {
        RecipientRef recipient = recipient(caller, unit, who);
        return stored(recipient);
    }

    /** The unit's desk and head (stored or default) and every person of the unit with stored preferences. */
    public List<Versioned<Preferences>> ofUnit(TdktPrincipal caller, String unit) {
        requireAccess(caller, unit);
        Map<String, Versioned<Preferences>> byId = new LinkedHashMap<>();
        byId.put(RecipientRef.unit(unit).key(), stored(RecipientRef.unit(unit)));
        byId.put(RecipientRef.head(unit).key(), stored(RecipientRef.head(unit)));
        for (Versioned<Preferences> preferences : store.ofUnit(unit)) {
            byId.put(preferences.value().id(), preferences);
        }
        return new ArrayList<>(byId.values());
    }

    public Versioned<Preferences> change(TdktPrincipal caller, String unit, String who, VersionPrecondition expected,
            Map<NoticeKind, Set<Channel>> channels, boolean dailyDigest, Language language) {
        RecipientRef recipient = recipient(caller, unit, who);
        Optional<Versioned<Preferences>> found = find(recipient);
        if (found.isEmpty()) {
            expected.check(0);
            // a change the recipient may not have (a channel it has no use for) is refused before anything is stored
            Preferences.defaults(recipient).change(channels, dailyDigest, language, caller.subject(), clock.instant());
            // the defaults are stored as version 0, what their ETag "0" named, and the change is then an update to
            // version 1: a second writer who also read the defaults gets 412 instead of overwriting the first
            try {
                store.insert(Preferences.defaults(recipient), List.of());
            } catch (DuplicateKeyException raced) {
                // another writer stored them first: the update below checks the version against theirs
            }
        }
        String id = found.map(stored -> stored.value().id()).orElse(recipient.preferenceKey());
        return store.update(id, expected,
                preferences -> preferences.change(channels, dailyDigest, language, caller.subject(), clock.instant()));
    }

    private Versioned<Preferences> stored(RecipientRef recipient) {
        return find(recipient).orElseGet(() -> new Versioned<>(Preferences.defaults(recipient), 0));
    }

    /**
     * The recipient's stored preferences. A person's are kept per unit ({@link RecipientRef#preferenceKey()}): what
     * one unit's officers choose applies to the notices that unit's work sends the person, and another unit can
     * neither read nor mute them. Those stored before (keyed by the address alone) still count for the unit that
     * kept them.
     */
    private Optional<Versioned<Preferences>> find(RecipientRef recipient) {
        if (recipient.preferenceKey().equals(recipient.key())) {
            return store.find(recipient.key());
        }
        // one read for both keys: this runs for every notice to a person
        List<Versioned<Preferences>> found = store.anyOf(List.of(recipient.preferenceKey(), recipient.key()));
        return found.stream().filter(p -> p.value().id().equals(recipient.preferenceKey())).findFirst()
                .or(() -> found.stream().filter(legacy -> Objects.equals(legacy.value().unitCode(),
                        recipient.unitCode())).findFirst());
    }

    private static RecipientRef recipient(TdktPrincipal caller, String unit, String who) {
        requireAccess(caller, unit);
        if (DESK.equals(who)) {
            return RecipientRef.unit(unit);
        }
        if (HEAD.equals(who)) {
            return RecipientRef.head(unit);
        }
        if (who == null || !EMAIL.matcher(who).matches()) {
            throw DomainException.invalid("preference.recipient-invalid", who);
        }
        return RecipientRef.person(who, unit);
    }

    private static void requireAccess(TdktPrincipal caller, String unit) {
        caller.requireAnyRole(TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER, TdktRole.ADMIN);
        if (!caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN) && !unit.equals(caller.unitCode())) {
            throw DomainException.notFound("preference.not-found", unit);
        }
    }
}
