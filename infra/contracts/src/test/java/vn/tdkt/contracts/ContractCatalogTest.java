package vn.tdkt.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Every event type has a schema, a golden fixture that satisfies it, and an entry in the AsyncAPI document. */
class ContractCatalogTest {

    private static final ObjectMapper JSON2 = new ObjectMapper();
    private static final JsonMapper JSON3 = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static Iterable<EventType> eventTypes() {
        return EventTypes.all();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void golden_fixture_satisfies_its_schema(EventType type) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(read(type.schemaResource()));
        JsonNode fixture = JSON2.readTree(read(type.fixtureResource()));

        Set<ValidationMessage> errors = schema.validate(fixture);

        assertThat(errors).as("fixture of %s", type).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schema_rejects_an_empty_payload(EventType type) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(read(type.schemaResource()));

        assertThat(schema.validate(JSON2.readTree("{}"))).as("empty %s", type).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void golden_fixture_reads_into_the_payload_record(EventType type) throws IOException {
        Object payload = JSON3.readValue(read(type.fixtureResource()), type.payloadType());

        assertThat(payload).isInstanceOf(type.payloadType());
        assertThat(payload.toString()).doesNotContain("=null,");
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void asyncapi_document_lists_the_type_and_its_schema(EventType type) throws IOException {
        String asyncApi = new String(read("/contracts/asyncapi.yaml").readAllBytes(), StandardCharsets.UTF_8);

        assertThat(asyncApi)
                .contains("name: " + type.type())
                .contains("schemas/" + type.name() + ".v" + type.version() + ".json")
                .contains("address: " + type.topic().topicName());
    }

    private static InputStream read(String resource) {
        InputStream in = ContractCatalogTest.class.getResourceAsStream(resource);
        assertThat(in).as("resource %s", resource).isNotNull();
        return in;
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void payload_names_its_aggregate_and_its_type_follows_from_the_class(EventType type) throws IOException {
        Object payload = JSON3.readValue(read(type.fixtureResource()), type.payloadType());

        assertThat(payload).isInstanceOf(EventPayload.class);
        DomainEvent event = DomainEvent.of((EventPayload) payload);
        assertThat(event.type()).isEqualTo(type);
        assertThat(event.subject()).isNotBlank();
        assertThat(EventTypes.of(type.payloadType())).isSameAs(type);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void the_aggregate_id_is_not_written_into_the_payload(EventType type) throws IOException {
        Object payload = JSON3.readValue(read(type.fixtureResource()), type.payloadType());

        assertThat(JSON3.writeValueAsString(payload)).doesNotContain("\"aggregateId\"");
    }
}
