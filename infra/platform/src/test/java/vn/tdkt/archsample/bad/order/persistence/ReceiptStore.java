package vn.tdkt.archsample.bad.order.persistence;

import org.springframework.stereotype.Repository;

/** A repository with a final method, which its exception-translation proxy cannot pass on. */
@Repository
public class ReceiptStore {

    public final String find(String id) {
        return id;
    }
}
