package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import vn.tdkt.plantext.TestPlan.Block;
import vn.tdkt.plantext.TestPlan.Row;

/** Word documents as officers make them: a layout table for the header, Word's own numbering, merged table cells. */
class DocxReaderTest {

    static final TestPlan WORD_PLAN = new TestPlan(List.of(
            Block.columns("ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 09/KH-UBND",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐiện Biên, ngày 05 tháng 3 năm 2026"),
            Block.heading("KẾ HOẠCH", 1),
            Block.paragraph("Tổ chức Ngày hội thi đua yêu nước năm 2026"),
            Block.paragraph("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
            Block.paragraph("Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
            Block.numbered(0, "MỤC ĐÍCH, YÊU CẦU"),
            Block.numbered(1, "Mục đích"),
            Block.paragraph("- Biểu dương các điển hình tiên tiến."),
            Block.numbered(0, "TỔ CHỨC THỰC HIỆN"),
            Block.numbered(1, "Sở Văn hóa, Thể thao và Du lịch"),
            Block.numbered(2, "Chủ trì tổ chức Ngày hội;"),
            Block.numbered(2, "Hằng quý báo cáo tiến độ về Sở Nội vụ."),
            Block.numbered(1, "Sở Nội vụ"),
            Block.paragraph("- Theo dõi, đôn đốc thực hiện Kế hoạch."),
            Block.columns("Nơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Thành Đô"),
            Block.paragraph("PHỤ LỤC")),
            TestPlan.STANDARD_HEADER, List.of(
            Row.group("I", "Nhiệm vụ thực hiện trong quý II"),
            Row.task(1, "Ban hành kế hoạch chi tiết tổ chức Ngày hội", "4/2026", "Sở Văn hóa, Thể thao và Du lịch",
                    List.of("Sở Nội vụ")),
            Row.task(2, "Thành lập Ban tổ chức Ngày hội", "5/2026", "Sở Văn hóa, Thể thao và Du lịch",
                    List.of("Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh")),
            Row.task(3, "Tổ chức Ngày hội thi đua yêu nước", "Trong quý II", "Sở Văn hóa, Thể thao và Du lịch", List.of()),
            Row.group("II", "Nhiệm vụ thực hiện trong quý III"),
            Row.task(1, "Tổng kết, khen thưởng", "trước ngày 15/8/2026", "Sở Nội vụ", List.of("Các sở, ban, ngành tỉnh"))));

    private final ParsedPlan plan = PlanText.withKnownUnits(name -> false)
            .docx(PlanDocx.writer().mergingSameLead().write(WORD_PLAN), null);

    @Test
    void givenAHeaderLaidOutInATwoColumnTable_whenRead_thenIssuerNumberPlaceAndDateAreFound() {
        assertThat(plan.header()).isEqualTo(new PlanHeader("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "09/KH-UBND", "Điện Biên",
                LocalDate.of(2026, 3, 5), "KẾ HOẠCH", "Tổ chức Ngày hội thi đua yêu nước năm 2026", 2026));
        assertThat(plan.signer()).isEqualTo(new Signer("Lê Thành Đô", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"));
        assertThat(plan.recipients()).containsExactly("Bộ Nội vụ", "Lưu: VT");
    }

    @Test
    void givenWordsOwnNumbering_whenRead_thenTheSectionsAreNumberedAsWordShowsThem() {
        assertThat(plan.sections()).extracting(PlanSection::number, PlanSection::title)
                .containsExactly(tuple("I", "MỤC ĐÍCH, YÊU CẦU"), tuple("II", "TỔ CHỨC THỰC HIỆN"));
        assertThat(plan.section("II.1.b").orElseThrow().title()).isEqualTo("Hằng quý báo cáo tiến độ về Sở Nội vụ.");
        assertThat(plan.responsibilities()).extracting(UnitResponsibility::unitName)
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ");
        assertThat(plan.recurringDuties()).extracting(RecurringDuty::frequency, RecurringDuty::units)
                .containsExactly(tuple(Recurrence.QUARTERLY, List.of("Sở Văn hóa, Thể thao và Du lịch")));
    }

    @Test
    void givenATableWithMergedCells_whenRead_thenEveryRowHasItsOwnCells() {
        assertThat(plan.appendixTasks()).extracting(t -> t.group().numeral(), AppendixTask::rowNumber,
                AppendixTask::periodText, AppendixTask::leadUnit, AppendixTask::coordinatingUnits).containsExactly(
                tuple("I", 1, "4/2026", "Sở Văn hóa, Thể thao và Du lịch", List.of("Sở Nội vụ")),
                tuple("I", 2, "5/2026", "Sở Văn hóa, Thể thao và Du lịch",
                        List.of("Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh")),
                tuple("I", 3, "Trong quý II", "Sở Văn hóa, Thể thao và Du lịch", List.of()),
                tuple("II", 1, "trước ngày 15/8/2026", "Sở Nội vụ", List.of("Các sở, ban, ngành tỉnh")));
        assertThat(plan.appendixTasks().get(3).dueDate().date()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void givenAnOldBinaryWordFile_whenSniffedAndRead_thenItIsRefusedWithAHint() throws IOException {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem ole = new POIFSFileSystem()) {
            ole.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            ole.writeFilesystem(doc);
        }

        assertThat(PlanText.sniff(doc.toByteArray())).isEqualTo(FileKind.LEGACY_OFFICE);
        assertThatThrownBy(() -> PlanText.withKnownUnits(n -> false).docx(doc.toByteArray(), null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.LEGACY_WORD);
                    assertThat(e.reason().label()).contains(".docx");
                });
    }

    @Test
    void givenFilesByTheirContent_whenSniffed_thenTheKindIsToldWhateverTheirName() {
        assertThat(PlanText.sniff(PlanDocx.writer().write(WORD_PLAN))).isEqualTo(FileKind.DOCX);
        assertThat(PlanText.sniff(PlanPdf.write(WORD_PLAN))).isEqualTo(FileKind.PDF);
        assertThat(PlanText.sniff("KẾ HOẠCH".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(FileKind.TEXT);
        assertThat(PlanText.sniff(new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo(FileKind.OTHER_ZIP);
        assertThatThrownBy(() -> PlanText.withKnownUnits(n -> false).docx(new byte[] {'P', 'K', 3, 4, 0, 0}, null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.DAMAGED));
    }

    @Test
    void givenABodyWhoseXmlOutgrowsAnyPlan_whenRead_thenItIsRefusedAsTooLargeBeforePoiHoldsIt() throws IOException {
        // 17 MB of one paragraph repeated: a few hundred kB on the wire
        String paragraph = "<w:p><w:r><w:t>Tổ chức phong trào thi đua yêu nước trong toàn tỉnh.</w:t></w:r></w:p>";
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(docx)) {
            // the body under a name of the file's own choosing, as its relationships may give it
            zip.putNextEntry(new java.util.zip.ZipEntry("word/noi-dung.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] body = paragraph.repeat(1_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (long written = 0; written <= DocxReader.MAX_DOCUMENT_XML_BYTES; written += body.length) {
                zip.write(body);
            }
            zip.write("</w:body></w:document>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThat(docx.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> PlanText.withKnownUnits(n -> false).docx(docx.toByteArray(), null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("word/noi-dung.xml");
                });
    }

    @Test
    void givenMoreTextThanAPlanMayHave_whenRead_thenItIsRefusedAsATextUploadWouldBe() {
        byte[] docx = PlanDocx.writer().write(WORD_PLAN);
        byte[] pdf = PlanPdf.write(WORD_PLAN);

        assertThatThrownBy(() -> PlanText.withKnownUnits(n -> false).withMaxTextBytes(500).pdf(pdf, null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));
        assertThat(PlanText.withKnownUnits(n -> false).withMaxTextBytes(100_000).docx(docx, null).sections())
                .isNotEmpty();
        assertThatThrownBy(() -> PlanText.withKnownUnits(n -> false).withMaxTextBytes(500).docx(docx, null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));
    }
}
