package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.tdkt.nomination.planview.application.PlanViews;
import vn.tdkt.nomination.support.UnitEvents;

/**
 * The minutes (biên bản) of a closed session, as PDF (read back with PDFBox: the Vietnamese text, the numbers, the
 * embedded font) and as DOCX (read back with POI); refused before the ballot closes.
 */
class MinutesTest extends CouncilTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    PlanViews planViews;

    private String closedSession() throws Exception {
        planViews.onUnit(1, UnitEvents.department("SGDDT", "Sở Giáo dục và Đào tạo", "so giao duc va dao tao"));
        String teacher = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        List<String> members = new ArrayList<>(plainMembers(9));
        members.set(0, memberJson(id(1), "Lò Văn Minh", "CHU_TICH", "UBND", null, null));
        members.set(2, memberJson(id(3), "Đặng Thị Thư", "THUONG_TRUC", "SNV", null, null));
        members.add(memberJson(id(10), "Lê Văn Giáo", "UY_VIEN", "SGDDT", null, null));
        String session = schedule(provincialCouncil(members), teacher);
        List<String> present = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            present.add(id(i));
        }
        clock.set(java.time.LocalDateTime.of(2026, 12, 18, 8, 45));
        attendance(session, present);
        openBallot(session);
        for (int i = 1; i <= 9; i++) {
            vote(id(i), session, teacher, i <= 8 ? "APPROVE" : "ABSTAIN");
        }
        clock.set(java.time.LocalDateTime.of(2026, 12, 18, 10, 15));
        closeBallot(session);
        return session;
    }

    @Test
    void the_pdf_minutes_carry_the_vietnamese_text_the_tally_and_an_embedded_font() throws Exception {
        String session = closedSession();

        MockHttpServletResponse response = mvc.perform(get(SESSIONS + "/" + session + "/minutes.pdf")
                .with(member(id(2)))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        keep("bien-ban.pdf", response.getContentAsByteArray());
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("BIÊN BẢN", "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG TỈNH",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                    "Thời gian: 08 giờ 30 phút, ngày 18/12/2026", "Phòng họp số 1, UBND tỉnh",
                    "Tổng số thành viên Hội đồng: 10 người", "Có mặt: 10 người",
                    "Túc số: cần ít nhất 8/10 thành viên có mặt (80%",
                    "Nguyễn Thị Hoa (Sở Giáo dục và Đào tạo)", "Chiến sĩ thi đua cơ sở",
                    "8/10 (80,00%)", "Đạt",
                    "Lê Văn Giáo – Ủy viên không tham gia biểu quyết hồ sơ của Nguyễn Thị Hoa",
                    "CHỦ TỊCH HỘI ĐỒNG", "Lò Văn Minh", "THƯ KÝ HỘI ĐỒNG", "Đặng Thị Thư",
                    "Biên bản kết thúc lúc 10 giờ 15 phút, ngày 18/12/2026");
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void the_docx_minutes_carry_the_same_text_and_numbers() throws Exception {
        String session = closedSession();

        MockHttpServletResponse response = mvc.perform(get(SESSIONS + "/" + session + "/minutes.docx")
                .with(snv())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        keep("bien-ban.docx", response.getContentAsByteArray());
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text).contains("BIÊN BẢN", "Họp Hội đồng Thi đua – Khen thưởng tỉnh xét khen thưởng",
                    "Tổng số thành viên Hội đồng: 10 người", "Nguyễn Thị Hoa (Sở Giáo dục và Đào tạo)",
                    "8/10 (80,00%)", "80%", "Đạt", "CHỦ TỊCH HỘI ĐỒNG", "Lò Văn Minh");
            assertThat(docx.getTables().get(0).getRow(1).getCell(3).getText()).isEqualTo("8");
            assertThat(docx.getTables().get(0).getRow(1).getCell(5).getText()).isEqualTo("1");
        }
    }

    /** Kept under {@code target/minutes/} for a look by eye. */
    private static void keep(String name, byte[] content) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("basedir", "."), "target", "minutes");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), content);
    }

    @Test
    void no_minutes_before_the_ballot_closes() throws Exception {
        String teacher = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String session = schedule(provincialCouncil(plainMembers(3)), teacher);

        String refused = expect(get(SESSIONS + "/" + session + "/minutes.pdf").with(snv()), 409);

        assertThat(refused).contains("council.minutes.not-closed", "Đã triệu tập");
    }
}
