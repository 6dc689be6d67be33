package vn.tdkt.archsample.good.order.persistence;

import vn.tdkt.platform.outbox.AggregateDocument;

public class ShipmentDocument extends AggregateDocument<String> {
    public static final String COLLECTION = "shipments";
    static final String STATUS = path("status");
}
