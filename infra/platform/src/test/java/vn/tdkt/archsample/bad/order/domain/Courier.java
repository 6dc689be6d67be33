package vn.tdkt.archsample.bad.order.domain;

import lombok.RequiredArgsConstructor;

/** Deliberately wrong: Lombok writes a constructor taking two Strings, which a reordering of the fields would swap. */
@RequiredArgsConstructor
public class Courier {
    private final String name;
    private final String phone;
}
