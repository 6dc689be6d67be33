package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan without appendix: duties are stated per unit in prose in the organisation section. */
class ProsePlanWithoutAppendixTest {

    private final ParsedPlan plan = TestDocuments.parse(TestDocuments.PROSE_WITHOUT_APPENDIX);

    @Test
    void givenInterleavedHeaderColumns_whenParsed_thenIssuerNumberAndWrappedTitleAreRead() {
        assertThat(plan.header().issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU");
        assertThat(plan.header().number()).isEqualTo("45/KH-UBND");
        assertThat(plan.header().title())
                .isEqualTo("Phát hiện, bồi dưỡng, tuyên truyền và nhân rộng các điển hình tiên tiến năm 2026");
        assertThat(plan.header().year()).isEqualTo(2026);
    }

    @Test
    void givenAWrappedLegalBasis_whenParsed_thenTheContinuationIsJoined() {
        assertThat(plan.legalBases()).extracting(LegalBasis::documentNumber)
                .containsExactly("06/2022/QH15", "152/2025/NĐ-CP", "12/KH-UBND");
        assertThat(plan.legalBases().get(1).text()).endsWith("quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng");
    }

    @Test
    void givenNoAppendix_whenParsed_thenThereAreNoTasksAndNoAppendixWarnings() {
        assertThat(plan.appendixTasks()).isEmpty();
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void givenUnitsNamedInBullets_whenExtracted_thenColonAndSubjectFormsAreBothRecognised() {
        assertThat(plan.responsibilities()).extracting(UnitResponsibility::unitName).containsExactly(
                "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nội vụ", "Ủy ban nhân dân các xã, phường");
        assertThat(plan.responsibilityOf("Sở Y tế").orElseThrow().duties()).containsExactly(
                "hằng tháng cập nhật danh sách tập thể, cá nhân tiêu biểu của ngành y tế.",
                "Hằng năm tổ chức biểu dương các điển hình tiên tiến của ngành.");
    }

    @Test
    void givenDutiesInProse_whenDetected_thenEveryFrequencyIsFoundWithItsUnit() {
        assertThat(plan.recurringDuties()).extracting(RecurringDuty::frequency, RecurringDuty::units).containsExactly(
                tuple(Recurrence.MONTHLY, List.of("Báo Lai Châu, Đài Phát thanh và Truyền hình tỉnh")),
                tuple(Recurrence.QUARTERLY, List.of("Sở Giáo dục và Đào tạo")),
                tuple(Recurrence.SEMI_ANNUAL, List.of("Sở Giáo dục và Đào tạo")),
                tuple(Recurrence.MONTHLY, List.of("Sở Y tế")),
                tuple(Recurrence.ANNUAL, List.of("Sở Y tế")),
                tuple(Recurrence.ANNUAL, List.of("Sở Nội vụ")),
                tuple(Recurrence.REPORT_OBLIGATION, List.of("Ủy ban nhân dân các xã, phường")));
    }

    @Test
    void givenTheQuarterlyNewsDuty_whenDetected_thenTheDutyTextAndSourceSentenceAreKept() {
        RecurringDuty quarterly = plan.recurringDuties().get(1);

        assertThat(quarterly.dutyText()).isEqualTo(
                "hàng quý cung cấp 01 tin hoặc bài về gương điển hình tiên tiến trong ngành giáo dục cho Sở Nội vụ");
        assertThat(quarterly.sourceSentence()).startsWith("hàng quý cung cấp 01 tin hoặc bài").endsWith("trước ngày 15/6 và 15/12.");
        assertThat(quarterly.sectionPath()).isEqualTo("III");
    }

    @Test
    void givenAFrequencyInsideACitedDocumentTitle_whenDetecting_thenItIsNotADuty() {
        assertThat(plan.recurringDuties()).noneMatch(duty -> duty.sourceSentence().contains("19/CT-TTg"));
    }

    @Test
    void givenASignatureBlockInterleavedWithRecipients_whenParsed_thenBothAreSeparated() {
        assertThat(plan.recipients()).containsExactly("Bộ Nội vụ (Ban TĐKT Trung ương)", "TT Tỉnh ủy, TT HĐND tỉnh",
                "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Lưu: VT, KGVX");
        assertThat(plan.signer()).isEqualTo(new Signer("Hà Trọng Hải", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH"));
        assertThat(plan.closingRemarks()).singleElement().asString().startsWith("Trong quá trình thực hiện, nếu có khó khăn");
    }
}
