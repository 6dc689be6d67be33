package vn.tdkt.nomination.certificate.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code printed on a certificate and in its QR code: base64url(award id (16 bytes) ‖ the first 16 bytes of
 * HMAC-SHA256(key, domain ‖ award id)), 43 characters. Only the service, holding the key, can make one; a code is
 * checked by recomputing the MAC and comparing in constant time, so a guessed, forged or altered code is simply not
 * found, and the answer tells nothing about why.
 */
public final class CertificateCode {

    /** Bytes of MAC kept: 128 bits, beyond any guessing. */
    static final int MAC_BYTES = 16;
    static final int CODE_BYTES = 16 + MAC_BYTES;
    /** Longest text accepted before decoding (a code is 43 characters). */
    static final int MAX_TEXT = 64;
    private static final byte[] DOMAIN = "tdkt-award-certificate-v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    /** @param key at least 32 bytes of secret */
    public CertificateCode(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("a certificate key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The code of an award (its id a UUID, as every id of the register). */
    public String of(String awardId) {
        byte[] id = bytes(UUID.fromString(awardId));
        byte[] code = Arrays.copyOf(id, CODE_BYTES);
        System.arraycopy(mac(id), 0, code, 16, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(code);
    }

    /** The award id a genuine code names; empty for anything else. */
    public Optional<String> awardIdOf(String code) {
        if (code == null || code.isEmpty() || code.length() > MAX_TEXT) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Base64.getUrlDecoder().decode(code);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // 43 characters carry 258 bits for 256: a last character differing only in the 2 unused bits decodes to the same
        // bytes, so only the canonical spelling is accepted (one code per award, and an altered code never verifies)
        if (decoded.length != CODE_BYTES || !Base64.getUrlEncoder().withoutPadding().encodeToString(decoded)
                .equals(code)) {
            return Optional.empty();
        }
        byte[] id = Arrays.copyOf(decoded, 16);
        byte[] given = Arrays.copyOfRange(decoded, 16, CODE_BYTES);
        byte[] expected = Arrays.copyOf(mac(id), MAC_BYTES);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(id);
        return Optional.of(new UUID(buffer.getLong(), buffer.getLong()).toString());
    }

    private byte[] mac(byte[] id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(DOMAIN);
            return mac.doFinal(id);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
        }
    }

    private static byte[] bytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }
}
