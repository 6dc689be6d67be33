package vn.tdkt.archsample.bad.order.web;

import vn.tdkt.archsample.bad.order.persistence.OrderDocument;

/** Deliberately wrong: a controller returning a persistence document. */
public class OrderController {
    public OrderDocument get() {
        return new OrderDocument();
    }
}
