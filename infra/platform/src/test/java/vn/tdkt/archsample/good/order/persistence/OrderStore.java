package vn.tdkt.archsample.good.order.persistence;

import org.springframework.data.mongodb.core.query.Criteria;

public class OrderStore {
    public Object open() {
        return Criteria.where("status").is("OPEN");
    }
}
