package vn.tdkt.archsample.good.order.web;

import vn.tdkt.archsample.good.order.application.OrderService;

public class OrderController {
    private final OrderService service = new OrderService();

    public String open() {
        return service.open();
    }
}
