package vn.tdkt.nomination.certificate.application;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.certificate.domain.CertificateCode;
import vn.tdkt.nomination.certificate.persistence.CertificateKeyStore;

/**
 * Signs and checks certificate codes with the configured key, or with the installation's generated one, and builds
 * the public verify link a certificate's QR code and the {@code award-decided} event carry.
 */
@Service
@EnableConfigurationProperties(CertificateProperties.class)
public class CertificateCodes {

    private static final Logger log = LoggerFactory.getLogger(CertificateCodes.class);

    private final CertificateCode code;
    private final String verifyBase;

    public CertificateCodes(CertificateProperties properties, CertificateKeyStore keys, Clock clock) {
        byte[] key;
        if (properties.secret() != null && !properties.secret().isBlank()) {
            key = properties.secret().getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalStateException("tdkt.nomination.certificate.secret needs at least 32 characters");
            }
        } else {
            byte[] candidate = new byte[32];
            new SecureRandom().nextBytes(candidate);
            key = keys.keyOr(candidate, clock.instant());
            log.info("Certificate codes are signed with this installation's generated key "
                    + "(set tdkt.nomination.certificate.secret to use a managed one)");
        }
        this.code = new CertificateCode(key);
        this.verifyBase = properties.publicBaseUrl() + "/verify/";
    }

    public String codeFor(String awardId) {
        return code.of(awardId);
    }

    /** The award a genuine code names; empty for a forged, altered or malformed one. */
    public Optional<String> awardIdOf(String certificateCode) {
        return code.awardIdOf(certificateCode);
    }

    /** The public page that verifies the award's certificate. */
    public String verifyUrl(String awardId) {
        return verifyBase + codeFor(awardId);
    }
}
