package vn.tdkt.reporting.dashboard.domain;

/** The TĐKT fund of one year as the data file states it. */
public record FundYear(int year, long amount, String status) {
}
