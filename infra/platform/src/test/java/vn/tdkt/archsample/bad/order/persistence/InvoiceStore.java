package vn.tdkt.archsample.bad.order.persistence;

import org.springframework.stereotype.Component;

/** A store declared as a generic component instead of a repository. */
@Component
public class InvoiceStore {
}
