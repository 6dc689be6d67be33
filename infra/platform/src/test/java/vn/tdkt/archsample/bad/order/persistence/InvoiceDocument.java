package vn.tdkt.archsample.bad.order.persistence;

import vn.tdkt.platform.outbox.AggregateDocument;

public class InvoiceDocument extends AggregateDocument<String> {
    public static final String COLLECTION = "invoices";
    private long total;
}
