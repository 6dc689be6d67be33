package vn.tdkt.plan.importing.domain;

/** A unit chosen by the officer for a name the registry could not resolve. */
public record UnitMapping(String written, String code) {
}
