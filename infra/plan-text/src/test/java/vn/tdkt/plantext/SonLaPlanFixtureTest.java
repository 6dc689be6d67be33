package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.assertj.core.groups.Tuple;

/** The real plan 01/KH-UBND of Sơn La (2025), text flattened from the published PDF. */
class SonLaPlanFixtureTest {

    private static final ParsedPlan PLAN = TestDocuments.parse(TestDocuments.SON_LA_2025);

    private static final String CLUSTERS = "Các cơ quan, đơn vị, địa phương tham gia cụm, khối thi đua của tỉnh";

    @Nested
    class Header {

        @Test
        void givenTheFixture_whenParsed_thenNumberDatePlaceYearAndTypeAreRead() {
            PlanHeader header = PLAN.header();

            assertThat(header.number()).isEqualTo("01/KH-UBND");
            assertThat(header.date()).isEqualTo(LocalDate.of(2025, 1, 2));
            assertThat(header.place()).isEqualTo("Sơn La");
            assertThat(header.year()).isEqualTo(2025);
            assertThat(header.documentType()).isEqualTo("KẾ HOẠCH");
            assertThat(PLAN.format()).isEqualTo(DocumentFormat.PLAIN_TEXT);
        }

        @Test
        void givenATitleWithAStraySpaceBeforeTheComma_whenParsed_thenTheTitleIsNormalised() {
            assertThat(PLAN.header().title()).isEqualTo("TRIỂN KHAI CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2025");
        }

        @Test
        void givenTheFixture_whenParsed_thenTheThreeLegalBasesCarryNumbersAndDates() {
            assertThat(PLAN.legalBases()).hasSize(3);
            assertThat(PLAN.legalBases()).extracting(LegalBasis::documentNumber)
                    .containsExactly(null, "98/2023/NĐ-CP", "01/2024/TT-BNV");
            assertThat(PLAN.legalBases()).extracting(LegalBasis::date).containsExactly(
                    LocalDate.of(2022, 6, 15), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 2, 24));
            assertThat(PLAN.legalBases()).extracting(LegalBasis::documentKind).containsExactly("Luật", "Nghị định", "Thông tư");
            assertThat(PLAN.legalBases().get(0).text()).isEqualTo("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022");
            assertThat(PLAN.preamble()).singleElement().asString().startsWith("Để tổ chức thực hiện thắng lợi");
        }
    }

    @Nested
    class Sections {

        @Test
        void givenTheFixture_whenParsed_thenThreeRomanPartsWithTheirClausesAreFound() {
            assertThat(PLAN.sections()).extracting(PlanSection::number).containsExactly("I", "II", "III");
            assertThat(PLAN.sections()).extracting(PlanSection::title)
                    .containsExactly("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN");
            assertThat(PLAN.section("II").orElseThrow().subsections()).hasSize(6);
            assertThat(PLAN.section("I.1").orElseThrow().blocks()).hasSize(2).allMatch(TextBlock::bullet);
        }

        @Test
        void givenAClauseWithItsTextAfterAColon_whenParsed_thenTitleAndStatementAreSplit() {
            PlanSection training = PLAN.section("II.6").orElseThrow();

            assertThat(training.title()).isEqualTo("Công tác tập huấn, bồi dưỡng chuyên môn nghiệp vụ về công tác thi đua khen thưởng");
            assertThat(training.blocks().get(0).text()).startsWith("Mở lớp tập huấn, bồi dưỡng nâng cao trình độ");
        }

        @Test
        void givenTheClosingSentence_whenParsed_thenItIsNotADutyOfTheLastUnit() {
            assertThat(PLAN.closingRemarks())
                    .containsExactly("Yêu cầu các cơ quan, đơn vị, địa phương trên địa bàn tỉnh nghiêm túc triển khai thực hiện./.");
            assertThat(PLAN.section("III.5").orElseThrow().blocks()).hasSize(5);
        }
    }

    @Nested
    class Responsibilities {

        @Test
        void givenSectionIII_whenExtracted_thenFiveBodiesAreNamedAsWritten() {
            assertThat(PLAN.responsibilities()).extracting(UnitResponsibility::unitName).containsExactly(
                    CLUSTERS,
                    "Các Trưởng khối thi đua của tỉnh năm 2025",
                    "Thành viên Hội đồng Thi đua - Khen thưởng tỉnh",
                    "Các cơ quan thông tin, truyền thông của tỉnh",
                    "Sở Nội vụ");
            assertThat(PLAN.responsibilities()).extracting(UnitResponsibility::sectionPath)
                    .containsExactly("III.1", "III.2", "III.3", "III.4", "III.5");
        }

        @Test
        void givenItem1WithStraySpaces_whenExtracted_thenItsProseIsSplitIntoSentences() {
            UnitResponsibility clusters = PLAN.responsibilities().get(0);

            assertThat(clusters.duties()).hasSize(2);
            assertThat(clusters.duties().get(0)).startsWith("Căn cứ Kế hoạch công tác thi đua, khen thưởng của tỉnh năm 2025");
            assertThat(clusters.duties().get(1))
                    .endsWith("định kỳ báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ) theo quy định.");
        }

        @Test
        void givenItems2And4WithTheDutyAfterAColon_whenExtracted_thenTheDutyIsKept() {
            assertThat(PLAN.responsibilities().get(1).duties()).singleElement().asString()
                    .startsWith("phối hợp với các đơn vị Phó trưởng khối triển khai Kế hoạch");
            assertThat(PLAN.responsibilities().get(3).duties()).singleElement().asString()
                    .startsWith("tích cực phối hợp với cơ quan Thường trực Hội đồng Thi đua - Khen thưởng các cấp");
        }

        @Test
        void givenItem3And5WithBullets_whenExtracted_thenEachBulletIsOneDuty() {
            assertThat(PLAN.responsibilities().get(2).duties()).hasSize(2);
            List<String> homeAffairs = PLAN.responsibilityOf("Sở Nội vụ").orElseThrow().duties();
            assertThat(homeAffairs).hasSize(5);
            assertThat(homeAffairs.get(0)).startsWith("Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương liên quan");
            assertThat(homeAffairs.get(4)).isEqualTo(
                    "Theo dõi, đôn đốc các cơ quan, đơn vị, địa phương thực hiện kế hoạch; định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.");
        }
    }

    @Nested
    class RecurringDuties {

        @Test
        void givenSectionIII1_whenDetecting_thenAReportObligationOfTheClustersIsFound() {
            assertThat(PLAN.recurringDuties()).anySatisfy(duty -> {
                assertThat(duty.frequency()).isEqualTo(Recurrence.REPORT_OBLIGATION);
                assertThat(duty.units()).containsExactly(CLUSTERS);
                assertThat(duty.dutyText()).isEqualTo("định kỳ báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ) theo quy định.");
                assertThat(duty.sectionPath()).isEqualTo("III.1");
                assertThat(duty.lineNumber()).isEqualTo(42);
            });
        }

        @Test
        void givenTheWholePlan_whenDetecting_thenOnlyTheTwoReportingDutiesAreFound() {
            // "… phát triển kinh tế - xã hội hàng năm" in II.1 is the title of Chỉ thị 19/CT-TTg, not a duty.
            assertThat(PLAN.recurringDuties()).extracting(RecurringDuty::frequency, RecurringDuty::units).containsExactly(
                    Tuple.tuple(Recurrence.REPORT_OBLIGATION, List.of(CLUSTERS)),
                    Tuple.tuple(Recurrence.REPORT_OBLIGATION, List.of("Sở Nội vụ")));
        }
    }

    @Nested
    class SignatureBlock {

        @Test
        void givenTheFoot_whenParsed_thenEightRecipientsAndTheChairmanAreRead() {
            assertThat(PLAN.recipients()).containsExactly(
                    "Ban TĐKT Trung ương",
                    "Thường trực Tỉnh ủy, HĐND tỉnh",
                    "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
                    "Các thành viên Hội đồng TĐKT tỉnh",
                    CLUSTERS,
                    "Lãnh đạo VP UBND tỉnh",
                    "Trung tâm thông tin tỉnh",
                    "Lưu: VT, NC, Duyên");
            assertThat(PLAN.signer()).isEqualTo(new Signer("Nguyễn Đình Việt", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"));
        }
    }

    @Nested
    class Appendix {

        @Test
        void givenTheAppendix_whenParsed_thenEveryRowOfTheFiveGroupsIsRead() {
            // 9 + 3 + 4 + 6 + 2 rows: 24 in all.
            assertThat(PLAN.appendixTasks()).hasSize(24);
            assertThat(PLAN.tasksInGroup("I")).extracting(AppendixTask::rowNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(PLAN.tasksInGroup("II")).extracting(AppendixTask::rowNumber).containsExactly(1, 2, 3);
            assertThat(PLAN.tasksInGroup("III")).extracting(AppendixTask::rowNumber).containsExactly(1, 2, 3, 4);
            assertThat(PLAN.tasksInGroup("IV")).extracting(AppendixTask::rowNumber).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(PLAN.tasksInGroup("V")).extracting(AppendixTask::rowNumber).containsExactly(1, 2);
            assertThat(PLAN.appendixTasks()).allSatisfy(task -> assertThat(task.leadUnit()).isEqualTo("Sở Nội vụ"));
        }

        @Test
        void givenTheGroupRows_whenParsed_thenQuartersAndTheOngoingGroupAreRecognised() {
            assertThat(PLAN.tasksInGroup("III").get(0).group())
                    .isEqualTo(new TaskGroup("III", "Nhiệm vụ thực hiện trong quý III", GroupKind.QUARTER, 3));
            assertThat(PLAN.tasksInGroup("V").get(0).group())
                    .isEqualTo(new TaskGroup("V", "Nhiệm vụ thường xuyên trong năm 2025", GroupKind.ONGOING, null));
        }

        @ParameterizedTest(name = "row {0}.{1}")
        @CsvFileSource(resources = "/plantext/ke-hoach-tdkt-2025-ubnd-tinh-son-la.rows.csv", delimiter = '|',
                numLinesToSkip = 1)
        void givenEachAppendixRow_whenParsed_thenItsCellsAreRead(String group, int row, String contentStart, String period,
                                                                 LocalDate due, String coordinatingUnits) {
            AppendixTask task = PLAN.tasksInGroup(group).get(row - 1);
            List<String> coordinators = List.of(coordinatingUnits.split("\\s*;\\s*"));

            assertThat(task.rowNumber()).isEqualTo(row);
            assertThat(task.content()).startsWith(contentStart);
            assertThat(task.periodText()).isEqualTo(period);
            assertThat(task.dueDate().date()).isEqualTo(due);
            assertThat(task.leadUnit()).isEqualTo("Sở Nội vụ");
            assertThat(task.coordinatingUnits()).containsExactlyElementsOf(coordinators);
        }

        @Test
        void givenRowsWhoseContentIsKnown_whenParsed_thenItIsExact() {
            assertThat(PLAN.tasksInGroup("I").get(0).content())
                    .isEqualTo("Ban hành Kế hoạch tổng kết phong trào thi đua, công tác khen thưởng tỉnh Sơn La năm 2024, triển khai nhiệm vụ năm 2025");
            assertThat(PLAN.tasksInGroup("I").get(3).content()).isEqualTo("Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2025");
            assertThat(PLAN.tasksInGroup("V").get(1).content())
                    .isEqualTo("Thẩm định hồ sơ đề nghị khen thưởng theo đề nghị của các cơ quan, đơn vị, địa phương...");
        }

        @Test
        void givenPeriodCells_whenParsed_thenKindsFollowTheText() {
            assertThat(PLAN.tasksInGroup("I").get(0).period()).isEqualTo(TaskPeriod.month("01/2025", 2025, 1));
            assertThat(PLAN.tasksInGroup("III").get(3).period()).isEqualTo(TaskPeriod.quarter("Trong quý III", 2025, 3));
            assertThat(PLAN.tasksInGroup("V").get(0).period().kind()).isEqualTo(PeriodKind.ONGOING);
            assertThat(PLAN.tasksInGroup("V").get(0).dueDate().basis()).isEqualTo(DueDateBasis.ONGOING);
        }

        @Test
        void givenRowV2WithoutAPeriodCell_whenParsed_thenTheLeadIsNotTakenForAPeriodAndTheGapIsReported() {
            AppendixTask task = PLAN.tasksInGroup("V").get(1);

            assertThat(task.periodText()).isNull();
            assertThat(task.periodInferred()).isTrue();
            assertThat(task.period().kind()).isEqualTo(PeriodKind.ONGOING);
            assertThat(task.leadUnit()).isEqualTo("Sở Nội vụ");
            assertThat(PLAN.warnings(WarningCode.APPENDIX_PERIOD_MISSING)).singleElement()
                    .satisfies(w -> assertThat(w.message()).contains("V.2"));
        }

        @Test
        void givenTheAppendixCaptionDatedAYearEarlier_whenParsed_thenTheDateMismatchIsFlagged() {
            assertThat(PLAN.warnings(WarningCode.APPENDIX_DATE_MISMATCH)).singleElement().satisfies(w -> {
                assertThat(w.message()).contains("02/01/2024", "02/01/2025");
                assertThat(w.lineNumber()).isEqualTo(69);
            });
            assertThat(PLAN.warnings(WarningCode.APPENDIX_NUMBER_MISMATCH)).isEmpty();
        }

        @Test
        void givenTheWholeFixture_whenParsed_thenOnlyTheRealProblemsAreWarned() {
            assertThat(PLAN.warnings()).extracting(ImportWarning::code)
                    .containsExactly(WarningCode.APPENDIX_DATE_MISMATCH, WarningCode.APPENDIX_PERIOD_MISSING);
        }
    }
}
