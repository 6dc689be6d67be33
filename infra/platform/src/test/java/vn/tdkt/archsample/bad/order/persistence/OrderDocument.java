package vn.tdkt.archsample.bad.order.persistence;

public class OrderDocument {
    public String id;
}
