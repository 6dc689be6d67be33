package vn.tdkt.plantext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;

/**
 * PDFBox's parser (what {@code Loader.loadPDF(bytes)} runs), made to count what it reads against a {@link PdfBudget}
 * before PDFBox decodes it. Checking the loaded document afterwards would come too late: PDFBox decodes the
 * cross-reference streams and object streams while it loads, and it parses a stream object only when something first
 * needs it, so every stream is checked as it is parsed, wherever it is used.
 */
final class GuardedPdfParser extends PDFParser {

    /** What PDFBox's repair searches the raw file for (BruteForceParser.bfSearchForObjStreams). */
    private static final byte[] OBJECT_STREAM = "/ObjStm".getBytes(StandardCharsets.US_ASCII);

    private final PdfBudget budget;
    /**
     * Whether PDFBox may rebuild a damaged cross-reference. Its repair decodes every object stream it finds in the raw
     * file with a parser of its own, past these checks, so a file holding an object stream is read with the
     * cross-reference it declares or not at all.
     */
    private final boolean repairable;
    private boolean readingTrailer;

    GuardedPdfParser(byte[] pdf, PdfBudget budget) throws IOException {
        super(new RandomAccessReadBuffer(pdf), "", null, null, IOUtils.createMemoryOnlyStreamCache());
        this.budget = budget;
        this.repairable = indexOf(pdf, OBJECT_STREAM) < 0;
    }

    @Override
    protected COSDictionary retrieveTrailer() throws IOException {
        boolean lenient = isLenient();
        readingTrailer = true;
        setLenient(lenient && repairable);
        try {
            return super.retrieveTrailer();
        } finally {
            setLenient(lenient);
            readingTrailer = false;
        }
    }

    /** While the trailer is read, a stream is a cross-reference stream, decoded next and never encrypted. */
    @Override
    protected COSStream parseCOSStream(COSDictionary dictionary) throws IOException {
        COSStream stream = super.parseCOSStream(dictionary);
        if (readingTrailer) {
            budget.structure(stream);
        }
        return stream;
    }

    /** Every object the document needs comes through here once, a stream already decrypted. */
    @Override
    protected synchronized COSBase parseObjectDynamically(COSObjectKey key, boolean requireExistingNotCompressedObj)
            throws IOException {
        COSBase object = super.parseObjectDynamically(key, requireExistingNotCompressedObj);
        if (object instanceof COSStream stream) {
            budget.check(stream);
        }
        return object;
    }

    /** An object stream is counted before PDFBox parses all the objects it holds. */
    @Override
    protected COSBase parseObjectStreamObject(long objectStreamNumber, COSObjectKey key) throws IOException {
        if (document.getObjectFromPool(getObjectKey(objectStreamNumber, 0)).getObject() instanceof COSStream stream) {
            budget.structure(stream);
        }
        return super.parseObjectStreamObject(objectStreamNumber, key);
    }

    /** Each value of the file's own dictionaries and arrays. */
    @Override
    protected COSBase parseDirObject() throws IOException {
        budget.object();
        return super.parseDirObject();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (bytes[i + k] != part[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
