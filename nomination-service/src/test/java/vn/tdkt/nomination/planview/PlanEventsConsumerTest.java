package vn.tdkt.nomination.planview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.nomination.planview.application.PlanViews;
import vn.tdkt.nomination.planview.domain.ClusterStanding;
import vn.tdkt.nomination.planview.domain.MovementTerms;
import vn.tdkt.nomination.sla.application.WorkingDays;
import vn.tdkt.platform.messaging.PoisonEventException;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.service.ServiceTest;

/** The plan and reporting read models, fed the golden fixtures of infra/contracts. */
class PlanEventsConsumerTest extends ServiceTest {

    static final String MOVEMENT = "0195f3a2-7c1e-7a00-8000-000000000051";

    @Autowired @Qualifier("planEvents") Consumer<Message<byte[]>> planEvents;
    @Autowired @Qualifier("reportingEvents") Consumer<Message<byte[]>> reportingEvents;
    @Autowired InputDestination input;
    @Autowired PlanViews views;
    @Autowired WorkingDays workingDays;

    @Test
    void units_arrive_through_the_plan_topic_binding_and_a_stale_event_changes_nothing() {
        input.send(EventMessages.fixture(EventTypes.UNIT_REGISTERED, "SGDDT", 3), "tdkt.plan.events");
        assertThat(views.unit("SGDDT")).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo("Sở Giáo dục và Đào tạo");
            assertThat(u.dissolvedOn(LocalDate.of(2026, 1, 1))).isFalse();
        });
        String dissolvedDistrict = ContractSchemas.fixture(EventTypes.UNIT_CHANGED)
                .replace("\"DEPARTMENT\"", "\"DISTRICT\"").replace("\"2030-12-31\"", "\"2025-06-30\"");
        planEvents.accept(EventMessages.of(EventTypes.UNIT_CHANGED, "SGDDT", 2, dissolvedDistrict));
        assertThat(views.unit("SGDDT").orElseThrow().kind()).as("sequence 2 is older than 3").isEqualTo("DEPARTMENT");
        planEvents.accept(EventMessages.of(EventTypes.UNIT_CHANGED, "SGDDT", 4, dissolvedDistrict));
        assertThat(views.unit("SGDDT").orElseThrow().dissolvedOn(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void a_movement_brings_its_quotas_and_window_and_closing_it_is_remembered() {
        planEvents.accept(EventMessages.fixture(EventTypes.MOVEMENT_LAUNCHED, MOVEMENT, 1));
        planEvents.accept(EventMessages.fixture(EventTypes.MOVEMENT_LAUNCHED, MOVEMENT, 1));
        MovementTerms terms = views.movement(MOVEMENT).orElseThrow();
        assertThat(terms.quota("SGDDT", "BK_TINH")).contains(3);
        assertThat(terms.quota("SGDDT", "CO_TINH")).isEmpty();
        assertThat(terms.windowOpenOn(LocalDate.of(2025, 12, 10))).isTrue();
        assertThat(terms.windowOpenOn(LocalDate.of(2025, 12, 11))).isFalse();

        planEvents.accept(EventMessages.fixture(EventTypes.MOVEMENT_CLOSED, MOVEMENT, 2));
        assertThat(views.movement(MOVEMENT).orElseThrow().closed()).isTrue();
        planEvents.accept(EventMessages.fixture(EventTypes.MOVEMENT_LAUNCHED, MOVEMENT, 1));
        assertThat(views.movement(MOVEMENT).orElseThrow().closed()).as("a redelivered launch does not reopen it")
                .isTrue();
    }

    @Test
    void registrations_are_kept_per_unit_and_movement() {
        String id = "0195f3a2-7c1e-7a00-8000-000000000061";
        planEvents.accept(EventMessages.fixture(EventTypes.REGISTRATION_SUBMITTED, id, 1));
        assertThat(views.registrationStatus(MOVEMENT, "SGDDT")).contains("SUBMITTED");
        planEvents.accept(EventMessages.fixture(EventTypes.REGISTRATION_APPROVED, id, 2));
        assertThat(views.registrationStatus(MOVEMENT, "SGDDT")).contains("APPROVED");
    }

    @Test
    void a_cluster_and_its_ranking_give_a_units_standing_for_r_cot_01() {
        planEvents.accept(EventMessages.fixture(EventTypes.CLUSTER_FORMED, "0195f3a2-7c1e-7a00-8000-000000000031", 1));
        assertThat(views.clusterStanding("SYT", 2026)).contains(new ClusterStanding("KHOI-VHXH", 2026, null));
        input.send(EventMessages.fixture(EventTypes.CLUSTER_RANKED, "0195f3a2-7c1e-7a00-8000-000000000511", 1),
                "tdkt.reporting.events");
        assertThat(views.clusterStanding("SYT", 2026)).contains(new ClusterStanding("KHOI-VHXH", 2026, 1));
        assertThat(views.clusterStanding("SGDDT", 2026)).contains(new ClusterStanding("KHOI-VHXH", 2026, 2));
        assertThat(views.clusterStanding("SYT", 2025)).isEmpty();
    }

    @Test
    void a_calendar_override_moves_working_days_and_bad_data_is_a_poison_event() {
        LocalDate cultureDay = LocalDate.of(2026, 11, 24);
        assertThat(workingDays.calendar().isWorkingDay(cultureDay)).isTrue();
        planEvents.accept(EventMessages.fixture(EventTypes.CALENDAR_OVERRIDDEN, "vn-2026", 7));
        assertThat(workingDays.calendar().isWorkingDay(cultureDay)).as("the fixture adds Ngày Văn hóa Việt Nam")
                .isFalse();

        String broken = ContractSchemas.fixture(EventTypes.CALENDAR_OVERRIDDEN).replace("@year;2026", "@year;20x6");
        assertThatThrownBy(() -> planEvents.accept(EventMessages.of(EventTypes.CALENDAR_OVERRIDDEN, "vn-2026", 8,
                broken))).isInstanceOf(PoisonEventException.class);
        assertThat(workingDays.calendar().isWorkingDay(cultureDay)).isFalse();
    }
}
