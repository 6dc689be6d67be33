package vn.tdkt.platform.text;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string carried a control character (U+0000–U+001F other than tab, line feed and carriage return, or
 * U+007F): such text cannot be printed on a decision or a certificate, and hides what a reviewer reads.
 */
public class ControlCharacterException extends MismatchedInputException {

    public ControlCharacterException(JsonParser parser) {
        super(parser, "control character in text", parser.currentLocation());
    }
}
