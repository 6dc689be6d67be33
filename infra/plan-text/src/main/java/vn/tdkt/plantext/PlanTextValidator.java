package vn.tdkt.plantext;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guards the importer against input that is not plan text: binary files sent as text (a PDF or DOCX belongs
 * under its own type or in a multipart file), wrong encodings, and documents too large to preview. Checks run
 * cheapest first so a 50 MB upload is rejected before it is decoded.
 */
public final class PlanTextValidator {

    /** 2 MB: a long provincial plan with appendices is around 100 KB of text. */
    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
    /** Share of non-printable characters above which the content is not considered text. */
    static final double MAX_NON_PRINTABLE_RATIO = 0.05;

    private final int maxBytes;

    public PlanTextValidator() {
        this(DEFAULT_MAX_BYTES);
    }

    public PlanTextValidator(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** Validates an upload and decodes it as UTF-8 (a leading BOM is removed). */
    public PlanTextValidation validate(byte[] content) {
        if (content == null || content.length == 0) {
            return PlanTextValidation.rejected(RejectionReason.EMPTY, "0 bytes");
        }
        if (content.length > maxBytes) {
            return PlanTextValidation.rejected(RejectionReason.TOO_LARGE,
                    content.length + " bytes, limit " + maxBytes);
        }
        String signature = binarySignature(content);
        if (signature != null) {
            return PlanTextValidation.rejected(RejectionReason.BINARY_CONTENT, signature);
        }
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                return PlanTextValidation.rejected(RejectionReason.BINARY_CONTENT, "NUL byte at offset " + i);
            }
        }
        String text;
        try {
            text = decodeStrictUtf8(content);
        } catch (CharacterCodingException e) {
            return PlanTextValidation.rejected(RejectionReason.INVALID_UTF8, e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return validateCharacters(text);
    }

    /** Validates text that was already decoded (e.g. pasted into a form); the size is measured in UTF-8. */
    public PlanTextValidation validate(String text) {
        if (text == null || text.isBlank()) {
            return PlanTextValidation.rejected(RejectionReason.EMPTY, "blank text");
        }
        long size = utf8Length(text);
        if (size > maxBytes) {
            return PlanTextValidation.rejected(RejectionReason.TOO_LARGE, size + " bytes, limit " + maxBytes);
        }
        return validateCharacters(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static PlanTextValidation validateCharacters(String text) {
        if (text.isBlank()) {
            return PlanTextValidation.rejected(RejectionReason.EMPTY, "blank text");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return PlanTextValidation.rejected(RejectionReason.BINARY_CONTENT, "NUL character at index " + nul);
        }
        long nonPrintable = 0;
        long total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            if (!isPrintable(cp)) {
                nonPrintable++;
            }
        }
        if (nonPrintable > total * MAX_NON_PRINTABLE_RATIO) {
            return PlanTextValidation.rejected(RejectionReason.NOT_TEXT,
                    nonPrintable + " of " + total + " characters are not printable");
        }
        return PlanTextValidation.accepted(text);
    }

    private static boolean isPrintable(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') {
            return true;
        }
        if (cp == 0xFFFD) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL
                && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE
                && type != Character.SURROGATE;
    }

    /** Recognises common binary formats by their magic bytes, to give the user a useful hint. */
    private static String binarySignature(byte[] content) {
        if (FileKind.startsWith(content, "%PDF")) {
            return "PDF file: send it as application/pdf or as a file (multipart)";
        }
        if (FileKind.startsWith(content, "PK\u0003\u0004")) {
            return "ZIP container (DOCX, XLSX, ODT): send a DOCX as its type or as a file (multipart)";
        }
        if (content.length >= 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0) {
            return "legacy Office file (DOC, XLS): save it as DOCX first";
        }
        return null;
    }

    private static String decodeStrictUtf8(byte[] content) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new CharacterCodingException() {
                private static final long serialVersionUID = 1L;

                @Override
                public String getMessage() {
                    return "invalid UTF-8 sequence at byte offset " + in.position();
                }
            };
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return bytes;
    }
}
