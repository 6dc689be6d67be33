package vn.tdkt.plan.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.RegistrationSubmitted;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.plan.movement.domain.MovementData;
import vn.tdkt.plan.movement.domain.MovementKind;
import vn.tdkt.plan.movement.domain.Quota;
import vn.tdkt.plan.registration.domain.Registration;
import vn.tdkt.plan.registration.domain.RegistrationItem;
import vn.tdkt.plan.registration.domain.RegistrationStatus;
import vn.tdkt.platform.domain.DomainException;

class RegistrationTest {

    static final Instant NOW = Instant.parse("2025-02-10T03:00:00Z");

    Movement movement;

    @BeforeEach
    void launchedMovement() {
        movement = Movement.draft("m1", new MovementData("Phong trào chuyên đề bầu cử", MovementKind.THEMATIC,
                "Kế hoạch 0125/KH-UBND", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31), null,
                List.of("SGDDT", "SYT"), List.of("BK_TINH", "GIAY_KHEN"), List.of(new Quota("SGDDT", "BK_TINH", 3)),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null), "snv-user", NOW);
        movement.launch("snv-user", NOW);
    }

    static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void givenALaunchedMovement_whenAParticipantRegistersWithinItsQuota_thenSubmittedWithAnEvent() {
        // when
        Registration.Submission submission = Registration.submit("r1", movement, "SGDDT",
                List.of(new RegistrationItem("BK_TINH", 3), new RegistrationItem("GIAY_KHEN", 10)), "sgddt-user", NOW);

        // then
        assertThat(submission.registration().status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(submission.registration().submission()).isEqualTo(1);
        assertThat(submission.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventTypes.REGISTRATION_SUBMITTED);
            RegistrationSubmitted payload = (RegistrationSubmitted) event.payload();
            assertThat(payload.items()).containsExactly(new RegistrationSubmitted.Item("BK_TINH", 3),
                    new RegistrationSubmitted.Item("GIAY_KHEN", 10));
            assertThat(payload.movementId()).isEqualTo("m1");
        });
    }

    @Test
    void givenAQuotaOfThree_whenFourAreRegistered_thenRejectedNamingTheQuota() {
        assertThatThrownBy(() -> Registration.submit("r1", movement, "SGDDT",
                List.of(new RegistrationItem("BK_TINH", 4)), "sgddt-user", NOW)).satisfies(e -> {
            assertThat(code(e)).isEqualTo("registration.quota-exceeded");
            assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(((DomainException) e).args()).containsExactly("SGDDT", "BK_TINH", 4, 3);
        });
    }

    @Test
    void givenItemsTheMovementDoesNotAllow_whenRegistered_thenRejected() {
        assertThatThrownBy(() -> Registration.submit("r", movement, "SYT", List.of(new RegistrationItem("CO_TINH", 1)),
                "u", NOW)).satisfies(e -> assertThat(code(e)).isEqualTo("registration.award-not-offered"));
        assertThatThrownBy(() -> Registration.submit("r", movement, "SYT", List.of(new RegistrationItem("BK_TINH", 0)),
                "u", NOW)).satisfies(e -> assertThat(code(e)).isEqualTo("registration.count-invalid"));
        assertThatThrownBy(() -> Registration.submit("r", movement, "SYT", List.of(new RegistrationItem("BK_TINH", 1),
                new RegistrationItem("BK_TINH", 2)), "u", NOW))
                .satisfies(e -> assertThat(code(e)).isEqualTo("registration.award-duplicate"));
        assertThatThrownBy(() -> Registration.submit("r", movement, "SYT", List.of(), "u", NOW))
                .satisfies(e -> assertThat(code(e)).isEqualTo("registration.items-missing"));
        assertThatThrownBy(() -> Registration.submit("r", movement, "PCHIENGLE",
                List.of(new RegistrationItem("BK_TINH", 1)), "u", NOW))
                .satisfies(e -> assertThat(code(e)).isEqualTo("registration.not-participant"));
    }

    @Test
    void givenADraftOrClosedMovement_whenRegistered_thenConflict() {
        movement.close("snv-user", NOW);

        assertThatThrownBy(() -> Registration.submit("r", movement, "SYT", List.of(new RegistrationItem("BK_TINH", 1)),
                "u", NOW)).satisfies(e -> {
            assertThat(code(e)).isEqualTo("movement.not-launched");
            assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
        });
    }

    @Test
    void givenASubmission_whenReturnedThenResubmittedThenApproved_thenEachStepEmitsItsEvent() {
        // given
        Registration registration = Registration.submit("r1", movement, "SGDDT",
                List.of(new RegistrationItem("BK_TINH", 3)), "sgddt-user", NOW).registration();

        // when returned with a reason
        List<DomainEvent> returned = registration.returnForRevision("  Thiếu số lượng Giấy khen. ", "snv-user", NOW);

        // then
        assertThat(registration.status()).isEqualTo(RegistrationStatus.RETURNED);
        assertThat(returned).singleElement().extracting(DomainEvent::payload).isEqualTo(
                new RegistrationReturned("r1", "m1", "SGDDT", 1, "Thiếu số lượng Giấy khen.", NOW, "snv-user"));
        assertThat(registration.returns()).singleElement().satisfies(note -> assertThat(note.submission()).isEqualTo(1));

        // when resubmitted and approved
        List<DomainEvent> resubmitted = registration.resubmit(movement, List.of(new RegistrationItem("BK_TINH", 2),
                new RegistrationItem("GIAY_KHEN", 5)), "sgddt-user", NOW);
        List<DomainEvent> approved = registration.approve("snv-user", NOW);

        // then
        assertThat(((RegistrationSubmitted) resubmitted.get(0).payload()).submission()).isEqualTo(2);
        assertThat(approved).singleElement().extracting(DomainEvent::type).isEqualTo(EventTypes.REGISTRATION_APPROVED);
        assertThat(registration.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(registration.items()).hasSize(2);
    }

    @Test
    void givenIllegalTransitions_whenAttempted_thenConflict() {
        Registration registration = Registration.submit("r1", movement, "SGDDT",
                List.of(new RegistrationItem("BK_TINH", 1)), "sgddt-user", NOW).registration();
        registration.approve("snv-user", NOW);

        assertThatThrownBy(() -> registration.approve("snv-user", NOW))
                .satisfies(e -> assertThat(code(e)).isEqualTo("registration.cannot-approve"));
        assertThatThrownBy(() -> registration.returnForRevision("lý do", "snv-user", NOW))
                .satisfies(e -> assertThat(code(e)).isEqualTo("registration.cannot-return"));
        assertThatThrownBy(() -> registration.resubmit(movement, List.of(new RegistrationItem("BK_TINH", 1)), "u", NOW))
                .satisfies(e -> {
                    assertThat(code(e)).isEqualTo("registration.exists");
                    assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
    }

    @Test
    void givenASubmission_whenReturnedWithoutAReason_thenInvalidAndStillSubmitted() {
        Registration registration = Registration.submit("r1", movement, "SYT",
                List.of(new RegistrationItem("GIAY_KHEN", 1)), "syt-user", NOW).registration();

        assertThatThrownBy(() -> registration.returnForRevision(" ", "snv-user", NOW))
                .satisfies(e -> assertThat(code(e)).isEqualTo("registration.reason-missing"));
        assertThat(registration.status()).isEqualTo(RegistrationStatus.SUBMITTED);
    }
}
