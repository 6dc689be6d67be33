package vn.tdkt.platform.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.platform.text.NfcJacksonModule;

/**
 * The one JSON configuration for event payloads, shared by every producer and consumer so that dates, unknown
 * fields and text normalisation behave the same everywhere: ISO-8601 dates, unknown fields ignored (additive
 * evolution), NFC strings.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new NfcJacksonModule())
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
