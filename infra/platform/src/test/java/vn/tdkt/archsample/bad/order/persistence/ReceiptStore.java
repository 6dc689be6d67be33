package vn.tdkt.archsample.bad.order.persistence;

import org.springframework.stereotype.Repository;

/**
 * A repository with a final method, which its exception-translation proxy cannot pass on; its static and private
 * final methods are harmless (never called through the proxy).
 */
@Repository
public class ReceiptStore {

    public final String find(String id) {
        return normalised(id);
    }

    public static final String key(String id) {
        return "receipt:" + id;
    }

    private final String normalised(String id) {
        return id.strip();
    }
}
