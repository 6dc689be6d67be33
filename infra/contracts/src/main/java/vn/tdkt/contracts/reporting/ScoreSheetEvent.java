package vn.tdkt.contracts.reporting;

import vn.tdkt.contracts.EventPayload;

/** Every event a cluster score sheet (bảng chấm điểm cụm, khối thi đua) of one year publishes. Keyed by {@code sheetId}. */
public sealed interface ScoreSheetEvent extends EventPayload
        permits ClusterScored, ClusterRanked {

    String sheetId();

    @Override
    default String aggregateId() {
        return sheetId();
    }
}
