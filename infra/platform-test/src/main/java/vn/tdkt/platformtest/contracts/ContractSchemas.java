package vn.tdkt.platformtest.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import vn.tdkt.contracts.EventType;

/** Checks what a producer really emitted against the event type's JSON Schema in infra/contracts. */
public final class ContractSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractSchemas() {
    }

    public static Set<ValidationMessage> validate(EventType type, String payloadJson) {
        try (InputStream schema = ContractSchemas.class.getResourceAsStream(type.schemaResource())) {
            assertThat(schema).as("schema of %s", type).isNotNull();
            JsonSchema jsonSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            return jsonSchema.validate(JSON.readTree(payloadJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValid(EventType type, String payloadJson) {
        assertThat(validate(type, payloadJson)).as("%s payload %s", type, payloadJson).isEmpty();
    }

    /** The golden fixture of an event type, for consumer tests. */
    public static String fixture(EventType type) {
        try (InputStream in = ContractSchemas.class.getResourceAsStream(type.fixtureResource())) {
            assertThat(in).as("fixture of %s", type).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
