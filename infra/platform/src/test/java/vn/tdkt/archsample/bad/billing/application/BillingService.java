package vn.tdkt.archsample.bad.billing.application;

import org.springframework.data.mongodb.core.query.Criteria;
import vn.tdkt.archsample.bad.order.persistence.OrderDocument;

/** Deliberately wrong: another feature's document, and a query built outside a store. */
public class BillingService {
    public Object bill(OrderDocument order) {
        return Criteria.where("_id").is(order.id);
    }
}
