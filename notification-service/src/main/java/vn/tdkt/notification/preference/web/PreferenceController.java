package vn.tdkt.notification.preference.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Preferences: {@code /preferences/{unit}/unit} (the unit's desk), {@code /preferences/{unit}/head} (its head),
 * {@code /preferences/{unit}/{email}} (a person of the unit).
 */
@Tag(name = "Lựa chọn nhận thông báo (preferences)", description = "Mỗi người nhận (hộp thư chung của đơn vị, thủ "
        + "trưởng, một người theo địa chỉ e-mail) chọn kênh cho từng loại thông báo (hộp thư, e-mail), bản tổng hợp "
        + "hằng ngày và ngôn ngữ. — Each recipient (a unit's desk, its head, a person by e-mail) chooses per kind of "
        + "notice its channels, a daily digest and a language.")
@RestController
@PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
@RequestMapping("/api/v1/preferences")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PreferenceController {

    private final PreferenceService preferences;

    /**
     * Lists the preferences of a unit's recipients.
     * <p>The unit's own officers, SNV_OFFICER and ADMIN; another unit answers 404. Recipients who never chose anything
     * have no entry: they get the defaults (inbox and e-mail, no digest, Vietnamese).
     *
     * @param unit the unit code
     * @return the desk's, the head's and each person's preferences
     */
    @GetMapping
    List<PreferencesView> ofUnit(TdktPrincipal caller, @RequestParam String unit) {
        return preferences.ofUnit(caller, unit).stream().map(PreferencesView::of).toList();
    }

    /**
     * Reads one recipient's preferences.
     * <p>As the list. {@code who} is {@code unit} (the unit's desk), {@code head} (its head) or a person's e-mail
     * address; anything else answers 400 {@code preference.recipient-invalid}. A person's preferences are the unit's
     * choices for that person: they apply to the notices that unit's work sends them, and each unit has its own. A
     * recipient who never chose anything reads the defaults. The {@code ETag} carries the version for
     * {@code If-Match}.
     *
     * @param unit the unit code
     * @param who  {@code unit}, {@code head} or an e-mail address
     * @return the preferences
     */
    @GetMapping("/{unit}/{who}")
    ResponseEntity<PreferencesView> get(TdktPrincipal caller, @PathVariable String unit, @PathVariable String who) {
        Versioned<Preferences> found = preferences.get(caller, unit, who);
        return ETags.ok(found, value -> PreferencesView.of(found));
    }

    /**
     * Changes one recipient's preferences.
     * <p>As the list, with {@code If-Match} (a stale version answers 412). Per notice kind, the channels it uses
     * ({@code INBOX}, {@code EMAIL}; an empty list mutes the kind; kinds not named keep the defaults); whether the
     * non-urgent e-mails wait for the daily digest at 16:30; the language ({@code vi} or {@code en}). A person has no
     * inbox: e-mail only (400 {@code preference.channel-invalid}).
     *
     * @param unit the unit code
     * @param who  {@code unit}, {@code head} or an e-mail address
     * @return the preferences with their new {@code ETag}
     */
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
     * A recipient's choices.
     *
     * @param channels    per notice kind, the channels it uses (INBOX, EMAIL; an empty list mutes the kind); kinds not
     *                    named keep the defaults
     * @param dailyDigest non-urgent e-mails wait for one digest at 16:30
     * @param language    {@code vi} (default) or {@code en}
     */
    record PreferencesRequest(
            @Schema(example = "{\"TASK_DUE\": [\"INBOX\"], \"TASK_OVERDUE\": [\"INBOX\", \"EMAIL\"]}")
            Map<NoticeKind, Set<Channel>> channels,
            @Schema(example = "true") Boolean dailyDigest,
            @Schema(example = "vi") String language) {
    }

    record PreferencesView(String recipient, Audience audience, String audienceLabel, String unitCode, String email,
            Map<NoticeKind, Set<Channel>> channels, Set<Channel> defaultChannels, boolean dailyDigest,
            String language, long version, Instant updatedAt, String updatedBy) {

        static PreferencesView of(Versioned<Preferences> versioned) {
            Preferences p = versioned.value();
            return new PreferencesView(p.recipient().key(), p.audience(), p.audience().label(), p.unitCode(), p.email(),
                    p.channels(), p.defaultChannels(), p.dailyDigest(), p.language().tag(), versioned.version(),
                    p.updatedAt(), p.updatedBy());
        }
    }
}
