package vn.tdkt.archsample.good.order.persistence;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

@Repository
public class OrderStore {
    public Object open() {
        return Criteria.where("status").is("OPEN");
    }
}
