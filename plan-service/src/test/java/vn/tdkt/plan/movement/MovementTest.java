package vn.tdkt.plan.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.MovementClosed;
import vn.tdkt.contracts.plan.MovementEvent;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.plan.movement.domain.MovementData;
import vn.tdkt.plan.movement.domain.MovementKind;
import vn.tdkt.plan.movement.domain.MovementStatus;
import vn.tdkt.plan.movement.domain.Quota;
import vn.tdkt.plan.movement.domain.ReceivingDesk;
import vn.tdkt.platform.domain.DomainException;

class MovementTest {

    static final Instant NOW = Instant.parse("2025-01-15T02:00:00Z");

    static MovementData data(List<String> participants, List<String> awards, List<Quota> quotas, LocalDate windowFrom,
            LocalDate windowTo) {
        return new MovementData("Phong trào thi đua năm 2025", MovementKind.REGULAR, "Chỉ thị 01/CT-UBND",
                LocalDate.of(2025, 1, 15), LocalDate.of(2025, 12, 31), null, participants, awards, quotas, windowFrom,
                windowTo, new ReceivingDesk("SNV", "Phòng Thi đua, khen thưởng, Sở Nội vụ"));
    }

    static MovementData complete() {
        return data(List.of("SGDDT", "SYT"), List.of("CO_TINH", "BK_TINH"),
                List.of(new Quota("SGDDT", "BK_TINH", 3), new Quota("SYT", "CO_TINH", 1)),
                LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 10));
    }

    static DomainException.Kind kindOf(Throwable e) {
        return ((DomainException) e).kind();
    }

    @Test
    void givenACompleteDraft_whenLaunched_thenItIsLaunchedAndTheEventCarriesQuotasAndWindow() {
        // given
        Movement movement = Movement.draft("m1", complete(), "snv-user", NOW);

        // when
        List<MovementEvent> events = movement.launch("snv-user", NOW);

        // then
        assertThat(movement.status()).isEqualTo(MovementStatus.LAUNCHED);
        assertThat(movement.launchedBy()).isEqualTo("snv-user");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(DomainEvent.of(event).type()).isEqualTo(EventTypes.MOVEMENT_LAUNCHED);
            assertThat(event.aggregateId()).isEqualTo("m1");
            MovementLaunched payload = (MovementLaunched) event;
            assertThat(payload.kind()).isEqualTo("REGULAR");
            assertThat(payload.directive()).isEqualTo("Chỉ thị 01/CT-UBND");
            assertThat(payload.quotas()).containsExactly(new MovementLaunched.Quota("SGDDT", "BK_TINH", 3),
                    new MovementLaunched.Quota("SYT", "CO_TINH", 1));
            assertThat(payload.nominationTo()).isEqualTo(LocalDate.of(2025, 12, 10));
            assertThat(payload.receivingUnit()).isEqualTo("SNV");
        });
    }

    @Test
    void givenALaunchedMovement_whenClosed_thenClosedWithAnEvent_andNeitherLaunchNorCloseAgain() {
        Movement movement = Movement.draft("m1", complete(), "snv-user", NOW);
        movement.launch("snv-user", NOW);

        List<MovementEvent> events = movement.close("snv-user", NOW.plusSeconds(60));

        assertThat(movement.status()).isEqualTo(MovementStatus.CLOSED);
        assertThat(events).singleElement()
                .isEqualTo(new MovementClosed("m1", "Phong trào thi đua năm 2025", NOW.plusSeconds(60), "snv-user"));
        assertThatThrownBy(() -> movement.close("snv-user", NOW)).satisfies(e -> {
            assertThat(kindOf(e)).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(((DomainException) e).code()).isEqualTo("movement.cannot-close");
        });
        assertThatThrownBy(() -> movement.launch("snv-user", NOW))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("movement.cannot-launch"));
    }

    @Test
    void givenADraft_whenClosed_thenConflict() {
        Movement movement = Movement.draft("m1", complete(), "snv-user", NOW);

        assertThatThrownBy(() -> movement.close("snv-user", NOW))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(movement.status()).isEqualTo(MovementStatus.DRAFT);
    }

    @Test
    void givenADraftWithoutParticipantsOrWindow_whenLaunched_thenInvalidAndStillDraft() {
        Movement noUnits = Movement.draft("m1", data(List.of(), List.of("BK_TINH"), List.of(),
                LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 10)), "snv-user", NOW);
        Movement noWindow = Movement.draft("m2", data(List.of("SYT"), List.of("BK_TINH"), List.of(), null, null),
                "snv-user", NOW);

        assertThatThrownBy(() -> noUnits.launch("snv-user", NOW))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("movement.participants-missing"));
        assertThatThrownBy(() -> noWindow.launch("snv-user", NOW))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("movement.window-missing"));
        assertThat(noUnits.status()).isEqualTo(MovementStatus.DRAFT);
    }

    @Test
    void givenQuotasThatDoNotFitTheMovement_whenDrafted_thenEachIsRejected() {
        LocalDate from = LocalDate.of(2025, 11, 1);
        LocalDate to = LocalDate.of(2025, 12, 10);
        assertThatThrownBy(() -> Movement.draft("m", data(List.of("SYT"), List.of("BK_TINH"),
                List.of(new Quota("SGDDT", "BK_TINH", 1)), from, to), "u", NOW))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("movement.quota-unit-not-participant"));
        assertThatThrownBy(() -> Movement.draft("m", data(List.of("SYT"), List.of("BK_TINH"),
                List.of(new Quota("SYT", "CO_TINH", 1)), from, to), "u", NOW))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("movement.quota-award-not-offered"));
        assertThatThrownBy(() -> Movement.draft("m", data(List.of("SYT"), List.of("BK_TINH"),
                List.of(new Quota("SYT", "BK_TINH", 1), new Quota("SYT", "BK_TINH", 2)), from, to), "u", NOW))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("movement.quota-duplicate"));
        assertThatThrownBy(() -> Movement.draft("m", data(List.of("SYT"), List.of("BK_TINH"),
                List.of(new Quota("SYT", "BK_TINH", -1)), from, to), "u", NOW))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("movement.quota-invalid"));
        assertThatThrownBy(() -> Movement.draft("m", data(List.of("SYT"), List.of("BK_TINH"), List.of(), to, from),
                "u", NOW)).satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("movement.window-invalid"));
        assertThatThrownBy(() -> Movement.draft("m", data(List.of("SYT"), List.of("bằng khen"), List.of(), from, to),
                "u", NOW)).satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("movement.award-code-invalid"));
    }

    @Test
    void givenKindsAndStatuses_thenTheyCarryVietnameseLabels() {
        assertThat(MovementKind.THEMATIC.label()).isEqualTo("Chuyên đề");
        assertThat(MovementKind.AD_HOC.label()).isEqualTo("Đột xuất");
        assertThat(MovementKind.FIVE_YEAR.label()).isEqualTo("5 năm");
        assertThat(MovementStatus.LAUNCHED.label()).isEqualTo("Đã phát động");
    }
}
