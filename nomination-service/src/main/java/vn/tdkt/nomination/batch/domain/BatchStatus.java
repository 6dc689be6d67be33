package vn.tdkt.nomination.batch.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A proposal batch takes dossiers while OPEN; once every dossier in it is submitted it is SUBMITTED. */
@RequiredArgsConstructor
@Getter
public enum BatchStatus {
    OPEN("Đang lập"),
    SUBMITTED("Đã gửi");

    private final String label;
}
