package vn.tdkt.notification.preference.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.notification.notice.domain.Audience;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.preference.application.PreferenceService;
import vn.tdkt.notification.preference.domain.Preferences;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;

/**
 * Preferences: {@code /preferences/{unit}/unit} (the unit's desk), {@code /preferences/{unit}/head} (its head),
 * {@code /preferences/{unit}/{email}} (a person of the unit).
 */
@RestController
@RequestMapping("/api/v1/preferences")
class PreferenceController {

    private final PreferenceService preferences;

    PreferenceController(PreferenceService preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    List<PreferencesView> ofUnit(TdktPrincipal caller, @RequestParam String unit) {
        return preferences.ofUnit(caller, unit).stream().map(PreferencesView::of).toList();
    }

    @GetMapping("/{unit}/{who}")
    ResponseEntity<PreferencesView> get(TdktPrincipal caller, @PathVariable String unit, @PathVariable String who) {
        Versioned<Preferences> found = preferences.get(caller, unit, who);
        return ETags.ok(found, value -> PreferencesView.of(found));
    }

    @PutMapping("/{unit}/{who}")
    ResponseEntity<PreferencesView> change(TdktPrincipal caller, @PathVariable String unit, @PathVariable String who,
            IfMatch ifMatch, @RequestBody PreferencesRequest request) {
        Language language = request.language() == null ? Language.VI : Language.parse(request.language());
        if (language == null) {
            throw DomainException.invalid("preference.language-invalid", request.language());
        }
        Versioned<Preferences> saved = preferences.change(caller, unit, who, ifMatch,
                request.channels() == null ? Map.of() : request.channels(), Boolean.TRUE.equals(request.dailyDigest()),
                language);
        return ETags.ok(saved, value -> PreferencesView.of(saved));
    }

    /**
     * @param channels per notice kind, the channels it uses (INBOX, EMAIL; an empty list mutes the kind); kinds not
     *                 named keep the defaults
     */
    record PreferencesRequest(Map<NoticeKind, Set<Channel>> channels, Boolean dailyDigest, String language) {
    }

    record PreferencesView(String recipient, Audience audience, String audienceLabel, String unitCode, String email,
            Map<NoticeKind, Set<Channel>> channels, Set<Channel> defaultChannels, boolean dailyDigest,
            String language, long version, Instant updatedAt, String updatedBy) {

        static PreferencesView of(Versioned<Preferences> versioned) {
            Preferences p = versioned.value();
            return new PreferencesView(p.id(), p.audience(), p.audience().label(), p.unitCode(), p.email(),
                    p.channels(), p.defaultChannels(), p.dailyDigest(), p.language().tag(), versioned.version(),
                    p.updatedAt(), p.updatedBy());
        }
    }
}
