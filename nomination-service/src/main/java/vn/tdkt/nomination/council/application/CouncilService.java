package vn.tdkt.nomination.council.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.nomination.council.domain.CouncilLevel;
import vn.tdkt.nomination.council.domain.CouncilMember;
import vn.tdkt.nomination.council.persistence.CouncilStore;
import vn.tdkt.nomination.dossier.application.LocalizedDomainErrors;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import lombok.RequiredArgsConstructor;

/** Councils and their members (see {@link CouncilAccess} for who may do what). */
@Service
@EnableConfigurationProperties(CouncilProperties.class)
@RequiredArgsConstructor
public class CouncilService {

    /** The provincial council is convened by Sở Nội vụ, its standing body (Bắc Ninh Điều 8). */
    static final String PROVINCE_STANDING_BODY = "SNV";

    private final CouncilStore store;
    private final Clock clock;

    /**
     * A new council: the province's (Sở Nội vụ convenes it), or a unit's own (the unit officer's unit; Sở Nội vụ
     * officers name the unit).
     */
    public Versioned<Council> establish(TdktPrincipal caller, String name, CouncilLevel level, String unitCode,
            LocalDate establishedOn, List<CouncilMember> members) {
        caller.requireSomeRole();
        if (level == null) {
            throw DomainException.invalid("council.level-required");
        }
        String unit = level == CouncilLevel.PROVINCE ? PROVINCE_STANDING_BODY
                : unitCode == null || unitCode.isBlank() ? caller.unitCode() : unitCode.strip();
        CouncilAccess.requireManager(caller, level, unit);
        LocalDate since = establishedOn == null ? LocalDate.now(clock) : establishedOn;
        return store.insert(LocalizedDomainErrors.call(() -> Council.establish(Ids.newId(clock), name, level, unit,
                since, members, caller.subject(), clock.instant())));
    }

    public Versioned<Council> get(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id, c -> CouncilAccess.canRead(caller, c));
    }

    /** The councils the caller may read, of a level and unit if given. */
    public List<Versioned<Council>> list(TdktPrincipal caller, CouncilLevel level, String unitCode) {
        caller.requireSomeRole();
        if (CouncilAccess.readsEveryCouncil(caller)) {
            return store.find(level, unitCode, null);
        }
        return store.find(level, unitCode, null).stream().filter(c -> CouncilAccess.canRead(caller, c.value()))
                .toList();
    }

    public Versioned<Council> revise(TdktPrincipal caller, String id, VersionPrecondition expected, String name,
            List<CouncilMember> members) {
        Council council = get(caller, id).value();
        CouncilAccess.requireManager(caller, council.level(), council.unitCode());
        return LocalizedDomainErrors.call(() -> store.update(id, expected,
                c -> c.revise(name, members, clock.instant())));
    }

    /** A council by id, for the feature's own use (sessions, reminders): no caller scoping. */
    Council require(String id) {
        return store.get(id).value();
    }

    /** Every provincial council (the province has one; more only while a new one replaces the old). */
    List<Versioned<Council>> provincial() {
        return store.find(CouncilLevel.PROVINCE, null, null);
    }
}
