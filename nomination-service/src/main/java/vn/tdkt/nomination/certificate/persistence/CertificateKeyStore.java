package vn.tdkt.nomination.certificate.persistence;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/**
 * The certificate key generated for an installation that configures none: written once (the first instance to start
 * wins, the others read its key), so every instance and every restart signs and checks the same codes.
 */
@Repository
@RequiredArgsConstructor
public class CertificateKeyStore {

    static final String COLLECTION = "certificate_keys";
    static final String ID = "hmac-sha256";

    private final MongoTemplate mongo;

    @Document(COLLECTION)
    record StoredKey(@Id String id, String key, Instant createdAt) {
    }

    /** The stored key, or {@code candidate} stored now if there was none. */
    public byte[] keyOr(byte[] candidate, Instant now) {
        Optional<StoredKey> stored = Optional.ofNullable(mongo.findById(ID, StoredKey.class));
        if (stored.isEmpty()) {
            try {
                mongo.insert(new StoredKey(ID, Base64.getEncoder().encodeToString(candidate), now));
                return candidate.clone();
            } catch (DuplicateKeyException e) {
                stored = Optional.ofNullable(mongo.findById(ID, StoredKey.class));
            }
        }
        return Base64.getDecoder().decode(stored.orElseThrow().key());
    }
}
