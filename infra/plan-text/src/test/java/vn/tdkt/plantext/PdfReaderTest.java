package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import vn.tdkt.plantext.TestPlan.Row;

/** PDFs as plans are printed: two columns side by side, a long table over several pages, and the ones to refuse. */
class PdfReaderTest {

    private static final PlanText READER = PlanText.withKnownUnits(name -> false);

    @Test
    void givenAHeaderAndASignatureInTwoColumns_whenRead_thenEachColumnIsReadOnItsOwn() {
        ParsedPlan plan = READER.pdf(PlanPdf.write(DocxReaderTest.WORD_PLAN), null);

        assertThat(plan.header()).isEqualTo(new PlanHeader("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "09/KH-UBND", "Điện Biên",
                LocalDate.of(2026, 3, 5), "KẾ HOẠCH", "Tổ chức Ngày hội thi đua yêu nước năm 2026", 2026));
        assertThat(plan.signer()).isEqualTo(new Signer("Lê Thành Đô", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"));
        assertThat(plan.recipients()).containsExactly("Bộ Nội vụ", "Lưu: VT");
        assertThat(plan.appendixTasks()).extracting(AppendixTask::leadUnit).containsExactly(
                "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch",
                "Sở Nội vụ");
    }

    @Test
    void givenATableRunningOverSeveralPages_whenRead_thenEveryRowIsReadOnceAndTheRepeatedHeaderIsNotARow() {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.group("I", "Nhiệm vụ thường xuyên trong năm 2026"));
        for (int i = 1; i <= 45; i++) {
            rows.add(Row.task(i, "Tổ chức hoạt động thi đua số " + i + " gắn với nhiệm vụ chính trị của cơ quan, đơn vị,"
                    + " bảo đảm thiết thực, hiệu quả", (i % 12 + 1) + "/2026", i % 2 == 0 ? "Sở Nội vụ" : "Sở Y tế",
                    List.of("Văn phòng Ủy ban nhân dân tỉnh", "Các cơ quan, đơn vị, địa phương tham gia cụm, khối thi đua")));
        }
        TestPlan long_ = new TestPlan(List.of(TestPlan.Block.paragraph("I. NỘI DUNG"),
                TestPlan.Block.paragraph("- Các nhiệm vụ trong Phụ lục."), TestPlan.Block.paragraph("PHỤ LỤC")),
                TestPlan.STANDARD_HEADER, rows);
        byte[] pdf = PlanPdf.write(long_);

        ParsedPlan plan = READER.pdf(pdf, null);

        assertThat(pageCount(pdf)).isGreaterThanOrEqualTo(3);
        assertThat(plan.appendixTasks()).hasSize(45);
        for (int i = 1; i <= 45; i++) {
            AppendixTask task = plan.appendixTasks().get(i - 1);
            assertThat(task.rowNumber()).isEqualTo(i);
            assertThat(task.content()).isEqualTo("Tổ chức hoạt động thi đua số " + i
                    + " gắn với nhiệm vụ chính trị của cơ quan, đơn vị, bảo đảm thiết thực, hiệu quả");
            assertThat(task.periodText()).isEqualTo((i % 12 + 1) + "/2026");
            assertThat(task.leadUnit()).isEqualTo(i % 2 == 0 ? "Sở Nội vụ" : "Sở Y tế");
            assertThat(task.coordinatingUnits()).containsExactly("Văn phòng Ủy ban nhân dân tỉnh",
                    "Các cơ quan, đơn vị, địa phương tham gia cụm, khối thi đua");
        }
        assertThat(plan.warnings(WarningCode.APPENDIX_ROW_NUMBER_GAP)).isEmpty();
    }

    @Test
    void givenAScanWithoutTextLayer_whenRead_thenItIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> READER.pdf(PlanPdf.scan(), null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.NO_TEXT_LAYER);
                    assertThat(e.reason().label()).contains("không có lớp văn bản");
                    assertThat(e.detail()).contains("1 pages", "0 letters");
                });
    }

    @Test
    void givenAPasswordProtectedPdf_whenRead_thenItIsRefused() throws IOException {
        byte[] protectedPdf;
        try (PDDocument document = Loader.loadPDF(PlanPdf.write(DocxReaderTest.WORD_PLAN));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            protectedPdf = out.toByteArray();
        }

        assertThatThrownBy(() -> READER.pdf(protectedPdf, null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.ENCRYPTED));
    }

    @Test
    void givenTheSonLaPlanAsPdf_whenRead_thenItsAppendixCellsAreThoseOfTheText() {
        ParsedPlan pdf = READER.pdf(PlanPdf.write(TestPlan.fromText(TestDocuments.text(TestDocuments.SON_LA_2025))), null);

        assertThat(pdf.appendixTasks()).hasSize(24);
        assertThat(pdf.appendixTasks().get(5)).extracting(AppendixTask::periodText, AppendixTask::leadUnit,
                AppendixTask::coordinatingUnits).containsExactly("03/2025", "Sở Nội vụ",
                List.of("Văn phòng UBND tỉnh", "Các cơ quan, địa phương, đơn vị tham gia cụm, khối thi đua của tỉnh"));
        assertThat(pdf.legalBases()).extracting(LegalBasis::documentNumber)
                .containsExactly(null, "98/2023/NĐ-CP", "01/2024/TT-BNV");
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
