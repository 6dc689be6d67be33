package vn.tdkt.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import vn.tdkt.localstack.LocalStack;

/**
 * Access tokens of individual council members, as the province's IdP issues them: the member id is the token's
 * subject (the services find a member's sessions and ballots by it), with the council's unit and the
 * {@code COUNCIL_MEMBER} role. The local authorization server has one demo client per role, not one per person, so
 * these tokens are signed here with the very key that server signs with (kept in the stack's data folder) and carry
 * its issuer: the services check them exactly as they check the server's own (signature, issuer, expiry).
 */
public final class MemberTokens {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private final RSAKey key;
    private final String issuer;

    public MemberTokens(LocalStack stack) {
        try {
            key = RSAKey.parse(Files.readString(stack.dataDir().resolve("auth").resolve("signing-key.jwk.json"),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the local authorization server's signing key", e);
        } catch (ParseException e) {
            throw new IllegalStateException("the local authorization server's signing key", e);
        }
        issuer = stack.issuerUri();
    }

    /** A token of the council member {@code memberId} (unit HDTDKT, role COUNCIL_MEMBER). */
    public String member(String memberId) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(memberId)
                .audience("council-voting")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("unit", "HDTDKT")
                .claim("roles", List.of("COUNCIL_MEMBER"))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
