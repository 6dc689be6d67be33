package vn.tdkt.nomination.decision.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.certificate.application.CertificateProperties;
import vn.tdkt.nomination.certificate.application.VietnamesePdf;
import vn.tdkt.nomination.decision.domain.Awardee;
import vn.tdkt.nomination.decision.domain.Decision;
import vn.tdkt.nomination.decision.domain.DecisionAct;
import vn.tdkt.platform.domain.DomainException;
import lombok.RequiredArgsConstructor;

/**
 * The province's tờ trình proposing forms above the province to the central level, with the list of awardees, as PDF
 * and DOCX (the national e-dossier system takes Word and PDF files, R-DOS-02).
 */
@Component
@RequiredArgsConstructor
public class SubmissionDocuments {

    static final String[] HEADERS = {"STT", "Họ và tên / Tên tập thể", "Đơn vị", "Hình thức đề nghị", "Năm"};
    private static final float[] COLUMNS = {30, 160, 80, 185, 40};

    private final CatalogueService catalogues;
    private final CertificateProperties documents;

    /** What the tờ trình says, shared by both formats. */
    record Content(String issuer, String number, String placeAndDate, String title, String addressee,
            String body, List<Awardee> awardees, String signer) {
    }

    Content content(Decision decision) {
        DecisionAct submission = decision.submission();
        if (submission == null) {
            throw DomainException.conflict("decision.no-submission", decision.id());
        }
        Set<String> forms = new LinkedHashSet<>();
        Set<String> deciders = new LinkedHashSet<>();
        var catalogue = catalogues.inForceOn(submission.date());
        for (Awardee awardee : decision.awardees()) {
            forms.add(awardee.awardName());
            catalogue.find(awardee.awardCode()).map(a -> a.decider()).filter(d -> d != null).ifPresent(deciders::add);
        }
        String formList = String.join(", ", forms);
        String addressee = deciders.isEmpty() ? "Thủ tướng Chính phủ" : String.join("; ", deciders);
        String body = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Nghị định số 152/2025/NĐ-CP ngày 14 "
                + "tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng "
                + "và hướng dẫn thi hành Luật Thi đua, khen thưởng;\nXét đề nghị của Hội đồng Thi đua – Khen thưởng "
                + "tỉnh, Ủy ban nhân dân tỉnh " + documents.provinceName() + " kính trình " + addressee
                + " xem xét, quyết định tặng " + formList + " cho " + decision.awardees().size()
                + " tập thể, cá nhân có thành tích xuất sắc (danh sách kèm theo).";
        return new Content(documents.issuer(), submission.number(), documents.placeAndDate(submission.date()),
                "Về việc đề nghị tặng " + formList, addressee, body, decision.awardees(), submission.signedBy());
    }

    public byte[] pdf(Decision decision) {
        Content c = content(decision);
        try (PDDocument document = new PDDocument()) {
            PDFont regular = VietnamesePdf.regular(document);
            PDFont bold = VietnamesePdf.bold(document);
            PDRectangle a4 = PDRectangle.A4;
            float margin = 50;
            float width = a4.getWidth() - 2 * margin;
            PDPage page = new PDPage(a4);
            document.addPage(page);
            PDPageContentStream out = new PDPageContentStream(document, page);
            float y = a4.getHeight() - 60;
            float left = margin + 110;
            float right = margin + width - 150;
            VietnamesePdf.centred(out, bold, 10, left, y, "ỦY BAN NHÂN DÂN");
            VietnamesePdf.centred(out, bold, 10, right, y, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            y -= 14;
            VietnamesePdf.centred(out, bold, 10, left, y, "TỈNH " + c.issuer().substring(c.issuer().indexOf("TỈNH ")
                    + 5));
            VietnamesePdf.centred(out, bold, 10, right, y, "Độc lập – Tự do – Hạnh phúc");
            y -= 22;
            VietnamesePdf.centred(out, regular, 10, left, y, "Số: " + c.number());
            VietnamesePdf.centred(out, regular, 10, right, y, c.placeAndDate());
            y -= 36;
            VietnamesePdf.centred(out, bold, 13, a4.getWidth() / 2, y, "TỜ TRÌNH");
            y -= 18;
            y = VietnamesePdf.centredLines(out, bold, 11, a4.getWidth() / 2, y, width - 60, c.title());
            y -= 8;
            VietnamesePdf.centred(out, regular, 11, a4.getWidth() / 2, y, "Kính gửi: " + c.addressee());
            y -= 26;
            for (String line : VietnamesePdf.wrap(c.body(), regular, 11, width)) {
                VietnamesePdf.text(out, regular, 11, margin, y, line);
                y -= 15;
            }
            y -= 10;
            y = row(out, bold, margin, y, HEADERS);
            int n = 1;
            for (Awardee a : c.awardees()) {
                if (y < 120) {
                    out.close();
                    page = new PDPage(a4);
                    document.addPage(page);
                    out = new PDPageContentStream(document, page);
                    y = a4.getHeight() - 60;
                    y = row(out, bold, margin, y, HEADERS);
                }
                y = row(out, regular, margin, y, new String[] {String.valueOf(n++), a.subject().name(),
                        a.subject().unitCode(), a.awardName(), String.valueOf(a.year())});
            }
            y -= 30;
            VietnamesePdf.centred(out, bold, 10, right, y, "TM. ỦY BAN NHÂN DÂN");
            y -= 14;
            VietnamesePdf.centred(out, bold, 10, right, y, "CHỦ TỊCH");
            y -= 50;
            VietnamesePdf.centred(out, bold, 11, right, y, c.signer());
            out.close();
            return VietnamesePdf.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table row: cells wrapped in their columns; returns the y below it. */
    private static float row(PDPageContentStream out, PDFont font, float x, float y, String[] cells)
            throws IOException {
        int lines = 1;
        float cellX = x;
        for (int i = 0; i < cells.length; i++) {
            List<String> wrapped = VietnamesePdf.wrap(cells[i], font, 9, COLUMNS[i] - 6);
            lines = Math.max(lines, wrapped.size());
            float lineY = y;
            for (String line : wrapped) {
                VietnamesePdf.text(out, font, 9, cellX + 3, lineY, line);
                lineY -= 12;
            }
            cellX += COLUMNS[i];
        }
        float bottom = y - lines * 12 + 4;
        out.moveTo(x, bottom);
        out.lineTo(cellX, bottom);
        out.stroke();
        return bottom - 12;
    }

    public byte[] docx(Decision decision) {
        Content c = content(decision);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, c.issuer(), true, ParagraphAlignment.LEFT, 11);
            paragraph(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập – Tự do – Hạnh phúc", true,
                    ParagraphAlignment.RIGHT, 11);
            paragraph(document, "Số: " + c.number(), false, ParagraphAlignment.LEFT, 11);
            paragraph(document, c.placeAndDate(), false, ParagraphAlignment.RIGHT, 11);
            paragraph(document, "TỜ TRÌNH", true, ParagraphAlignment.CENTER, 14);
            paragraph(document, c.title(), true, ParagraphAlignment.CENTER, 12);
            paragraph(document, "Kính gửi: " + c.addressee(), false, ParagraphAlignment.CENTER, 12);
            for (String line : c.body().split("\n")) {
                paragraph(document, line, false, ParagraphAlignment.BOTH, 12);
            }
            XWPFTable table = document.createTable(c.awardees().size() + 1, HEADERS.length);
            fill(table.getRow(0), HEADERS);
            int n = 1;
            for (Awardee a : c.awardees()) {
                fill(table.getRow(n), new String[] {String.valueOf(n), a.subject().name(), a.subject().unitCode(),
                        a.awardName(), String.valueOf(a.year())});
                n++;
            }
            paragraph(document, "TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH", true, ParagraphAlignment.RIGHT, 12);
            paragraph(document, c.signer(), true, ParagraphAlignment.RIGHT, 12);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment,
            int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontFamily("Times New Roman");
        run.setFontSize(size);
        run.setText(text);
    }

    private static void fill(XWPFTableRow row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
    }
}
