package vn.tdkt.platform.text;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Makes every JSON string that enters a service NFC, so nothing decomposed is ever stored, and refuses control
 * characters other than tab and line breaks (single-line fields such as names refuse those too, with
 * {@link SingleLine}).
 */
public class NfcJacksonModule extends SimpleModule {

    public NfcJacksonModule() {
        super("tdkt-nfc-strings");
        addDeserializer(String.class, new NfcStringDeserializer());
    }

    static final class NfcStringDeserializer extends StdScalarDeserializer<String> {

        NfcStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String raw = parser.getValueAsString();
            if (raw == null) {
                // Not a scalar string (e.g. a number where text is expected): let Jackson's own coercion rules decide.
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            if (TextNormalizer.hasControlCharacters(raw, true)) {
                throw new ControlCharacterException(parser);
            }
            return TextNormalizer.nfc(raw);
        }
    }
}
