package vn.tdkt.contracts.nomination;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Who a dossier proposes for an award: a person, a collective (tập thể) or a household (hộ gia đình). */
@RequiredArgsConstructor
@Getter
public enum SubjectType {
    INDIVIDUAL("Cá nhân"),
    COLLECTIVE("Tập thể"),
    HOUSEHOLD("Hộ gia đình");

    private final String label;
}
