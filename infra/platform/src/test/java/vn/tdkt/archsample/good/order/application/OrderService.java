package vn.tdkt.archsample.good.order.application;

import vn.tdkt.archsample.good.order.persistence.OrderStore;

public class OrderService {
    private final OrderStore store = new OrderStore();

    public String open() {
        return String.valueOf(store.open());
    }
}
