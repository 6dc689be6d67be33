package vn.tdkt.plan.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.platformtest.domain.AggregateFixture.given;
import static vn.tdkt.platformtest.domain.AggregateFixture.whenCreated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.plan.RegistrationApproved;
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

/** A unit's emulation registration, given / when / then: quotas, returns, resubmissions, illegal transitions. */
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

    Registration submitted(String unit, RegistrationItem... items) {
        return Registration.submit("r1", movement, unit, List.of(items), unit.toLowerCase() + "-user", NOW).aggregate();
    }

    void refused(String unit, List<RegistrationItem> items, String code) {
        whenCreated(() -> Registration.submit("r", movement, unit, items, "u", NOW).aggregate(), r -> List.of())
                .expectError(code);
    }

    @Test
    void givenALaunchedMovement_whenAParticipantRegistersWithinItsQuota_thenSubmittedWithAnEvent() {
        List<RegistrationItem> items = List.of(new RegistrationItem("BK_TINH", 3), new RegistrationItem("GIAY_KHEN", 10));
        whenCreated(() -> Registration.submit("r1", movement, "SGDDT", items, "sgddt-user", NOW).aggregate(),
                r -> Registration.submit("r1", movement, "SGDDT", items, "sgddt-user", NOW).events())
                .expectEvents(new RegistrationSubmitted("r1", "m1", "SGDDT", 1, List.of(
                        new RegistrationSubmitted.Item("BK_TINH", 3), new RegistrationSubmitted.Item("GIAY_KHEN", 10)),
                        NOW, "sgddt-user"))
                .expectState(r -> {
                    assertThat(r.status()).isEqualTo(RegistrationStatus.SUBMITTED);
                    assertThat(r.submission()).isEqualTo(1);
                });
    }

    @Test
    void givenAQuotaOfThree_whenFourAreRegistered_thenRejectedNamingTheQuota() {
        refused("SGDDT", List.of(new RegistrationItem("BK_TINH", 4)), "registration.quota-exceeded");
        assertThatThrownBy(() -> Registration.submit("r1", movement, "SGDDT",
                List.of(new RegistrationItem("BK_TINH", 4)), "sgddt-user", NOW)).satisfies(e -> {
            assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(((DomainException) e).args()).containsExactly("SGDDT", "BK_TINH", 4, 3);
        });
    }

    @Test
    void givenItemsTheMovementDoesNotAllow_whenRegistered_thenRejected() {
        refused("SYT", List.of(new RegistrationItem("CO_TINH", 1)), "registration.award-not-offered");
        refused("SYT", List.of(new RegistrationItem("BK_TINH", 0)), "registration.count-invalid");
        refused("SYT", List.of(new RegistrationItem("BK_TINH", 1), new RegistrationItem("BK_TINH", 2)),
                "registration.award-duplicate");
        refused("SYT", List.of(), "registration.items-missing");
        refused("PCHIENGLE", List.of(new RegistrationItem("BK_TINH", 1)), "registration.not-participant");
    }

    @Test
    void givenADraftOrClosedMovement_whenRegistered_thenConflict() {
        movement.close("snv-user", NOW);

        refused("SYT", List.of(new RegistrationItem("BK_TINH", 1)), "movement.not-launched");
    }

    @Test
    void givenASubmission_whenReturnedWithAReason_thenReturnedWithItsNote() {
        given(submitted("SGDDT", new RegistrationItem("BK_TINH", 3)))
                .when(r -> r.returnForRevision("  Thiếu số lượng Giấy khen. ", "snv-user", NOW))
                .expectEvents(new RegistrationReturned("r1", "m1", "SGDDT", 1, "Thiếu số lượng Giấy khen.", NOW,
                        "snv-user"))
                .expectState(r -> {
                    assertThat(r.status()).isEqualTo(RegistrationStatus.RETURNED);
                    assertThat(r.returns()).singleElement().satisfies(note -> assertThat(note.submission()).isEqualTo(1));
                });
    }

    @Test
    void givenAReturnedRegistration_whenResubmittedAndApproved_thenTheSecondSubmissionIsApproved() {
        List<RegistrationItem> second = List.of(new RegistrationItem("BK_TINH", 2), new RegistrationItem("GIAY_KHEN", 5));
        List<RegistrationSubmitted.Item> items = List.of(new RegistrationSubmitted.Item("BK_TINH", 2),
                new RegistrationSubmitted.Item("GIAY_KHEN", 5));
        given(submitted("SGDDT", new RegistrationItem("BK_TINH", 3)))
                .andGiven(r -> r.returnForRevision("Thiếu số lượng Giấy khen.", "snv-user", NOW))
                .when(r -> r.resubmit(movement, second, "sgddt-user", NOW))
                .expectEvents(new RegistrationSubmitted("r1", "m1", "SGDDT", 2, items, NOW, "sgddt-user"));

        given(submitted("SGDDT", new RegistrationItem("BK_TINH", 3)))
                .andGiven(r -> r.returnForRevision("Thiếu số lượng Giấy khen.", "snv-user", NOW))
                .andGiven(r -> r.resubmit(movement, second, "sgddt-user", NOW))
                .when(r -> r.approve("snv-user", NOW))
                .expectEvents(new RegistrationApproved("r1", "m1", "SGDDT", 2, items, NOW, "snv-user"))
                .expectState(r -> {
                    assertThat(r.status()).isEqualTo(RegistrationStatus.APPROVED);
                    assertThat(r.items()).hasSize(2);
                });
    }

    @Test
    void givenAnApprovedRegistration_whenApprovedReturnedOrResubmittedAgain_thenConflict() {
        given(submitted("SGDDT", new RegistrationItem("BK_TINH", 1))).andGiven(r -> r.approve("snv-user", NOW))
                .when(r -> r.approve("snv-user", NOW)).expectError("registration.cannot-approve");
        given(submitted("SGDDT", new RegistrationItem("BK_TINH", 1))).andGiven(r -> r.approve("snv-user", NOW))
                .when(r -> r.returnForRevision("lý do", "snv-user", NOW)).expectError("registration.cannot-return");
        given(submitted("SGDDT", new RegistrationItem("BK_TINH", 1))).andGiven(r -> r.approve("snv-user", NOW))
                .when(r -> r.resubmit(movement, List.of(new RegistrationItem("BK_TINH", 1)), "u", NOW))
                .expectError("registration.exists");
    }

    @Test
    void givenASubmission_whenReturnedWithoutAReason_thenInvalidAndStillSubmitted() {
        given(submitted("SYT", new RegistrationItem("GIAY_KHEN", 1)))
                .when(r -> r.returnForRevision(" ", "snv-user", NOW))
                .expectError("registration.reason-missing")
                .expectState(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.SUBMITTED));
    }
}
