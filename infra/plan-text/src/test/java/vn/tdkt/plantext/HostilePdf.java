package vn.tdkt.plantext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a PDF object by object, as a hostile upload is written: streams that inflate to far more than they weigh
 * (deflated as they are generated, never held whole), objects packed in an object stream, a cross-reference table or
 * stream, or none at all. Objects are numbered by the caller; {@link #page} lays out the usual ones.
 */
final class HostilePdf {

    /** The objects, by number: each one's bytes between {@code obj} and {@code endobj}. */
    private final TreeMap<Integer, byte[]> objects = new TreeMap<>();
    /** The objects packed into one object stream, by number, with what pads that stream's content after them. */
    private final TreeMap<Integer, byte[]> packed = new TreeMap<>();
    private long packedPadding;

    /**
     * A one-page document: catalog 1, pages 2, page 3 whose content is object 4 (left to the caller), font F1
     * (Helvetica) object 5, and {@code resources} added to the page's resources (objects from 6 on).
     */
    static HostilePdf page(String resources) {
        return new HostilePdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font"
                        + " << /F1 5 0 R >> " + resources + " >> >>")
                .object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    }

    HostilePdf object(int number, String object) {
        objects.put(number, latin1(object));
        return this;
    }

    /** A FlateDecode stream holding {@code content}; {@code dictionary} adds to its dictionary. */
    HostilePdf stream(int number, String dictionary, String content) {
        return inflating(number, dictionary, content, 0, "");
    }

    /** A FlateDecode stream holding {@code head}, then {@code fill} times the letter A, then {@code tail}. */
    HostilePdf inflating(int number, String dictionary, String head, long fill, String tail) {
        byte[] deflated = deflate(head, fill, (byte) 'A', tail);
        byte[] start = latin1("<< " + dictionary + " /Length " + deflated.length
                + " /Filter /FlateDecode >>\nstream\n");
        objects.put(number, concat(start, deflated, latin1("\nendstream")));
        return this;
    }

    /** Moves the object into the object stream that {@link #withCrossReferenceStream} writes. */
    HostilePdf pack(int number) {
        packed.put(number, objects.remove(number));
        return this;
    }

    /** Pads the object stream's content after its objects with {@code spaces} spaces. */
    HostilePdf padPacked(long spaces) {
        packedPadding = spaces;
        return this;
    }

    /** The file with a classic cross-reference table. */
    byte[] withCrossReferenceTable() {
        Writer out = new Writer();
        long[] offsets = out.objects();
        long xref = out.size();
        out.write("xref\n0 " + offsets.length + "\n0000000000 65535 f \n");
        for (int number = 1; number < offsets.length; number++) {
            out.write(String.format("%010d 00000 %s \n", offsets[number], offsets[number] == 0 ? "f" : "n"));
        }
        out.write("trailer\n<< /Size " + offsets.length + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.bytes();
    }

    /**
     * The file with a cross-reference stream (the only kind that can point into an object stream) whose rows are
     * followed by {@code padding} zero bytes.
     */
    byte[] withCrossReferenceStream(long padding) {
        Writer out = new Writer();
        long[] offsets = out.objects();
        int objectStream = offsets.length;
        long objectStreamOffset = out.size();
        if (!packed.isEmpty()) {
            out.objectStream(objectStream);
        }
        int size = objectStream + 2;
        int xrefNumber = objectStream + 1;
        long xref = out.size();
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        row(rows, 0, 0, 0xFFFF);
        int index = 0;
        for (int number = 1; number < objectStream; number++) {
            if (packed.containsKey(number)) {
                row(rows, 2, objectStream, index++);
            } else {
                row(rows, offsets[number] == 0 ? 0 : 1, offsets[number], 0);
            }
        }
        row(rows, packed.isEmpty() ? 0 : 1, packed.isEmpty() ? 0 : objectStreamOffset, 0);
        row(rows, 1, xref, 0);
        byte[] deflated = deflate(new String(rows.toByteArray(), StandardCharsets.ISO_8859_1), padding, (byte) 0, "");
        out.write(xrefNumber + " 0 obj\n<< /Type /XRef /Size " + size + " /W [1 4 2] /Root 1 0 R /Length "
                + deflated.length + " /Filter /FlateDecode >>\nstream\n");
        out.write(deflated);
        out.write("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
        return out.bytes();
    }

    /** The file with its object stream but no cross-reference at all: PDFBox must search the file to read it. */
    byte[] withoutCrossReference() {
        Writer out = new Writer();
        long[] offsets = out.objects();
        out.objectStream(offsets.length);
        out.write("startxref\n999999\n%%EOF\n");
        return out.bytes();
    }

    private static void row(ByteArrayOutputStream rows, int type, long field, int last) {
        rows.write(type);
        rows.write((int) (field >>> 24));
        rows.write((int) (field >>> 16));
        rows.write((int) (field >>> 8));
        rows.write((int) field);
        rows.write(last >>> 8);
        rows.write(last);
    }

    private static byte[] deflate(String head, long fill, byte filler, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (OutputStream deflating = new DeflaterOutputStream(out, deflater, 1 << 16)) {
            deflating.write(latin1(head));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, filler);
            for (long left = fill; left > 0; left -= chunk.length) {
                deflating.write(chunk, 0, (int) Math.min(left, chunk.length));
            }
            deflating.write(latin1(tail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The file as it is written. */
    private final class Writer {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer() {
            write("%PDF-1.7\n");
            write(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        }

        /** Writes the objects not packed; each one's offset by its number, 0 for a number not written. */
        long[] objects() {
            int last = Math.max(objects.isEmpty() ? 0 : objects.lastKey(), packed.isEmpty() ? 0 : packed.lastKey());
            long[] offsets = new long[last + 1];
            objects.forEach((number, object) -> {
                offsets[number] = size();
                write(number + " 0 obj\n");
                write(object);
                write("\nendobj\n");
            });
            return offsets;
        }

        void objectStream(int number) {
            StringBuilder header = new StringBuilder();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            packed.forEach((packedNumber, object) -> {
                header.append(packedNumber).append(' ').append(body.size()).append(' ');
                body.writeBytes(object);
                body.write(' ');
            });
            String content = header + new String(body.toByteArray(), StandardCharsets.ISO_8859_1);
            byte[] deflated = deflate(content, packedPadding, (byte) ' ', "");
            write(number + " 0 obj\n<< /Type /ObjStm /N " + packed.size() + " /First " + header.length()
                    + " /Length " + deflated.length + " /Filter /FlateDecode >>\nstream\n");
            write(deflated);
            write("\nendstream\nendobj\n");
        }

        long size() {
            return out.size();
        }

        void write(String text) {
            write(latin1(text));
        }

        void write(byte[] bytes) {
            out.writeBytes(bytes);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
