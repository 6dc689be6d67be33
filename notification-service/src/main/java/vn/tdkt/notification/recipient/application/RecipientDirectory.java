package vn.tdkt.notification.recipient.application;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.recipient.domain.Recipient;
import vn.tdkt.notification.recipient.persistence.RecipientRepository;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * Unit e-mail addresses. Reading: a unit's own officers, Sở Nội vụ officers and administrators (another unit's
 * entry answers 404). Changing: Sở Nội vụ officers and administrators only.
 */
@Service
public class RecipientDirectory {

    private static final Logger log = LoggerFactory.getLogger(RecipientDirectory.class);

    private final RecipientRepository repository;
    private final RecipientDirectoryProperties defaults;
    private final Clock clock;

    public RecipientDirectory(RecipientRepository repository, RecipientDirectoryProperties defaults, Clock clock) {
        this.repository = repository;
        this.defaults = defaults;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedDefaults() {
        defaults.recipients().forEach((unit, seed) -> {
            if (seed.email() == null || seed.email().isBlank() || !Recipient.isValidUnitCode(unit)) {
                log.warn("Ignoring default recipient entry for unit {}: no e-mail or bad unit code", unit);
                return;
            }
            if (repository.insertIfAbsent(new Recipient(unit, seed.email().trim(), seed.headEmail(), null),
                    clock.instant(), "defaults")) {
                log.info("Seeded default recipient for unit {}", unit);
            }
        });
    }

    /** For delivery: the unit's addresses, if any are known. */
    public Optional<Recipient> lookup(String unitCode) {
        return repository.find(unitCode);
    }

    public Recipient get(TdktPrincipal caller, String unitCode) {
        if (!caller.hasAnyRole(TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER, TdktRole.ADMIN)) {
            throw DomainException.forbidden("security.forbidden");
        }
        boolean anyUnit = caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
        if (!anyUnit && !unitCode.equals(caller.unitCode())) {
            throw DomainException.notFound("recipient.not-found", unitCode);
        }
        return repository.find(unitCode).orElseThrow(() -> DomainException.notFound("recipient.not-found", unitCode));
    }

    /**
     * Creates or replaces the unit's addresses. {@code versionCheck} sees the current version (null if there is no
     * entry yet; the web layer compares it with {@code If-Match}); the write itself is guarded by that version.
     */
    public Recipient put(TdktPrincipal caller, String unitCode, String email, String headEmail,
            Consumer<Long> versionCheck) {
        if (!caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN)) {
            throw DomainException.forbidden("security.forbidden");
        }
        if (!Recipient.isValidUnitCode(unitCode)) {
            throw DomainException.invalid("recipient.unit-invalid", unitCode);
        }
        Long currentVersion = repository.find(unitCode).map(Recipient::version).orElse(null);
        // also when there is no entry yet: an If-Match naming a version of something that does not exist fails
        versionCheck.accept(currentVersion);
        return repository.save(new Recipient(unitCode, email.trim(), headEmail, currentVersion), clock.instant(),
                caller.subject());
    }
}
