package vn.tdkt.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events that share a header record ({@code DossierRef}, {@code TaskRef}, {@code UnitProfile}, {@code AwardRef}, …)
 * carry it as a {@code @JsonUnwrapped} component: the record shape changed, the wire format must not. Each such
 * event, read from its golden fixture and written again, gives the fixture back field for field, and reads back into
 * an equal record; the constraints of the header (and of any other unwrapped record) are still checked through the
 * event.
 */
class SharedHeaderTest {

    /** Configured as the platform's {@code EventJson}: ISO dates, nulls for primitives refused. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static Stream<EventType> eventsWithAHeader() {
        return EventTypes.all().stream().filter(type -> header(type.payloadType()) != null);
    }

    @Test
    void the_dossier_task_report_notification_unit_and_award_families_carry_their_header() {
        assertThat(eventsWithAHeader().map(EventType::name)).contains(
                "dossier-submitted", "dossier-appraised", "dossier-assigned", "dossier-recalled",
                "dossier-resubmitted", "dossier-returned", "dossier-sla-due", "dossier-sla-breached",
                "task-assigned", "task-updated", "task-completed", "task-cancelled", "task-due", "task-overdue",
                "report-due", "report-overdue", "report-submitted", "report-returned",
                "notification-sent", "notification-failed",
                "unit-registered", "unit-changed", "award-decided", "award-revoked", "notice-opened", "notice-closed");
    }

    @ParameterizedTest
    @MethodSource("eventsWithAHeader")
    void writing_the_record_gives_back_the_golden_fixture_field_for_field(EventType type) throws IOException {
        JsonNode fixture = JSON.readTree(read(type.fixtureResource()));
        Object payload = JSON.treeToValue(fixture, type.payloadType());

        JsonNode written = JSON.valueToTree(payload);

        assertThat(fieldNames(written)).as("fields of %s", type).isEqualTo(fieldNames(fixture));
        // compared as written text: a long written from a record and an int read from the fixture are other nodes
        fixture.propertyNames().forEach(field -> assertThat(JSON.writeValueAsString(written.get(field)))
                .as("%s.%s", type, field).isEqualTo(JSON.writeValueAsString(fixture.get(field))));
        assertThat(JSON.treeToValue(written, type.payloadType())).isEqualTo(payload);
    }

    @ParameterizedTest
    @MethodSource("eventsWithAHeader")
    void the_header_is_read_from_the_top_level_fields(EventType type) throws IOException {
        Object payload = JSON.readValue(read(type.fixtureResource()), type.payloadType());

        Object header = header(payload);

        assertThat(header).as("header of %s", type).isNotNull();
        assertThat(header.toString()).doesNotContain("=null");
        assertThat(VALIDATOR.validate(payload)).as("violations of the fixture of %s", type).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventsWithAHeader")
    void a_header_field_missing_from_the_payload_is_a_violation(EventType type) throws IOException {
        for (RecordComponent unwrapped : unwrapped(type.payloadType())) {
            ObjectNode fixture = (ObjectNode) JSON.readTree(read(type.fixtureResource()));
            String idField = unwrapped.getType().getRecordComponents()[0].getName();
            fixture.remove(idField);

            Object payload = JSON.treeToValue(fixture, type.payloadType());
            Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(payload);

            assertThat(violations).as("violations of %s without %s", type, idField)
                    .extracting(v -> v.getPropertyPath().toString())
                    .anySatisfy(path -> assertThat(path).endsWith("." + idField));
        }
    }

    /** The header: the first unwrapped component (an event may unwrap a second record after it, e.g. its deadline). */
    private static RecordComponent header(Class<?> payloadType) {
        return unwrapped(payloadType).stream().findFirst().orElse(null);
    }

    private static List<RecordComponent> unwrapped(Class<?> payloadType) {
        if (!payloadType.isRecord()) {
            return List.of();
        }
        return Arrays.stream(payloadType.getRecordComponents())
                .filter(c -> c.isAnnotationPresent(JsonUnwrapped.class)
                        || fieldAnnotated(payloadType, c.getName()))
                .toList();
    }

    private static boolean fieldAnnotated(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).isAnnotationPresent(JsonUnwrapped.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Object header(Object payload) {
        try {
            return header(payload.getClass()).getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().sorted().toList();
    }

    private static InputStream read(String resource) {
        InputStream in = SharedHeaderTest.class.getResourceAsStream(resource);
        assertThat(in).as("resource %s", resource).isNotNull();
        return in;
    }
}
