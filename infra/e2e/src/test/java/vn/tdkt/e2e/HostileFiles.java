package vn.tdkt.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files no upload may choke on, made here byte by byte: each is small on the wire and claims far more once read
 * (a sheet of 400 000 rows in 7 MB, a sheet and a PDF page that inflate a thousandfold, a Word document whose text is
 * sixteen times what a plan may hold, nested XML entities), or is not what it says (nothing, noise, a zip of
 * something else). A service that reads one into memory whole, or lets a library's error through, answers with a
 * server error or stops answering at all.
 */
final class HostileFiles {

    /** A file to upload: its name and declared media type, and its bytes. */
    record File(String name, String mediaType, byte[] bytes) {
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String SPREADSHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String WORD_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS =
            "http://schemas.openxmlformats.org/package/2006/relationships";

    private HostileFiles() {
    }

    /** Every hostile file, by what it is. */
    static Map<String, File> all() {
        Map<String, File> files = new LinkedHashMap<>();
        files.put("empty", new File("trong.xlsx", XLSX, new byte[0]));
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        files.put("noise", new File("nhieu.pdf", "application/pdf", noise));
        files.put("a zip of text", new File("khong-phai.xlsx", XLSX,
                zip(Map.of("ghi-chu.txt", out -> out.write("Không phải bảng tính")))));
        files.put("xlsx of 400 000 rows", new File("danh-sach.xlsx", XLSX, xlsx(out -> {
            for (int r = 1; r <= 400_000; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>Nguyễn Văn " + r
                        + "</t></is></c><c r=\"B" + r + "\"><v>" + (1_000_000_007L * r % 999_999_937L)
                        + "</v></c></row>");
            }
        })));
        files.put("xlsx inflating to 300 MB", new File("bom.xlsx", XLSX, xlsx(out -> {
            String megabyte = " ".repeat(1 << 20);
            for (int i = 0; i < 300; i++) {
                out.write(megabyte);
            }
        })));
        files.put("pdf page inflating to 200 MB", new File("ke-hoach.pdf", "application/pdf", pdfBomb()));
        files.put("docx of 33 MB of text", new File("ke-hoach.docx", DOCX, bigDocx()));
        files.put("docx of nested entities", new File("thuc-the.docx", DOCX, docx(out -> out.write(
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;"
                        + "&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;"
                        + "&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;"
                        + "&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><w:document xmlns:w=\"" + WORD_MAIN
                        + "\"><w:body><w:p><w:r><w:t>&g;</w:t></w:r></w:p></w:body></w:document>"), true)));
        return files;
    }

    /** Writes a part's XML into the zip as it is deflated. */
    private interface Part {
        void write(Writer out) throws IOException;
    }

    private static byte[] xlsx(Part sheetData) {
        String types = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", out -> out.write(contentTypes("/xl/workbook.xml", types + "sheet.main+xml")
                .replace("</Types>", "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + types
                        + "worksheet+xml\"/></Types>")));
        parts.put("_rels/.rels", out -> out.write(relationships("officeDocument", "xl/workbook.xml")));
        parts.put("xl/workbook.xml", out -> out.write("<workbook xmlns=\"" + SPREADSHEET_MAIN + "\" xmlns:r=\""
                + RELATIONSHIPS + "\"><sheets><sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "</workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", out -> out.write(relationships("worksheet", "worksheets/sheet1.xml")));
        parts.put("xl/worksheets/sheet1.xml", out -> {
            out.write("<worksheet xmlns=\"" + SPREADSHEET_MAIN + "\"><sheetData>");
            sheetData.write(out);
            out.write("</sheetData></worksheet>");
        });
        return zip(parts);
    }

    private static byte[] docx(Part document, boolean whole) {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", out -> out.write(contentTypes("/word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")));
        parts.put("_rels/.rels", out -> out.write(relationships("officeDocument", "word/document.xml")));
        parts.put("word/document.xml", whole ? document : out -> {
            out.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + WORD_MAIN + "\"><w:body>");
            document.write(out);
            out.write("</w:body></w:document>");
        });
        return zip(parts);
    }

    /** 33 MB of paragraphs of made-up words: it compresses like prose, to about 19 MB. */
    private static byte[] bigDocx() {
        Random random = new Random(11);
        String[] words = new String[20_000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder word = new StringBuilder();
            for (int letter = 2 + random.nextInt(7); letter > 0; letter--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = word.toString();
        }
        return docx(out -> {
            long written = 0;
            StringBuilder paragraph = new StringBuilder();
            while (written < 33L * 1024 * 1024) {
                paragraph.setLength(0);
                paragraph.append("<w:p><w:r><w:t>");
                for (int w = 0; w < 40; w++) {
                    paragraph.append(words[random.nextInt(words.length)]).append(' ');
                }
                paragraph.append("</w:t></w:r></w:p>");
                out.write(paragraph.toString());
                written += paragraph.length();
            }
        }, false);
    }

    /** One page whose content stream, 200 MB of one string shown, is deflated to a few hundred kB. */
    private static byte[] pdfBomb() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        try (OutputStream deflate = new DeflaterOutputStream(stream, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflate.write("BT /F1 12 Tf 72 712 Td (".getBytes(StandardCharsets.US_ASCII));
            byte[] letters = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 200; i++) {
                deflate.write(letters);
            }
            deflate.write(") Tj ET".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = stream.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        int[] offsets = new int[5];
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        ascii(pdf, "%PDF-1.7\n");
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.size();
            ascii(pdf, (i + 1) + " 0 obj\n");
            if (objects[i] == null) {
                ascii(pdf, "<< /Length " + content.length + " /Filter /FlateDecode >>\nstream\n");
                pdf.writeBytes(content);
                ascii(pdf, "\nendstream");
            } else {
                ascii(pdf, objects[i]);
            }
            ascii(pdf, "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        ascii(pdf, table + "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private static String contentTypes(String mainPart, String mainType) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>";
    }

    private static String relationships(String type, String target) {
        return "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                + RELATIONSHIPS + "/" + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    private static byte[] zip(Map<String, Part> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Part> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().write(out);
                out.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
