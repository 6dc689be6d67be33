package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Behaviour of the entry point that no single document shows: progress, robustness, speed. */
class PlanDocumentParserTest {

    private record Progress(ImportPhase phase, double fraction) {
    }

    @Test
    void givenAListener_whenParsing_thenPhasesArriveInOrderAndTheFractionNeverDecreases() {
        List<Progress> events = new ArrayList<>();

        new PlanDocumentParser().parse(TestDocuments.text(TestDocuments.SON_LA_2025), (p, f) -> events.add(new Progress(p, f)));

        assertThat(events).extracting(Progress::phase).containsSubsequence(ImportPhase.values());
        assertThat(events.get(0)).isEqualTo(new Progress(ImportPhase.NORMALISING, 0.0));
        assertThat(events.get(events.size() - 1)).isEqualTo(new Progress(ImportPhase.DONE, 1.0));
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).fraction()).isGreaterThanOrEqualTo(events.get(i - 1).fraction());
        }
        // One appendix event per row, so a long table reports progress while it is read.
        assertThat(events).filteredOn(e -> e.phase() == ImportPhase.APPENDIX).hasSize(1 + 24);
    }

    @Test
    void givenAListenerThatThrows_whenParsing_thenTheParseIsAbortedWithItsException() {
        ImportProgressListener cancelling = (phase, fraction) -> {
            if (phase == ImportPhase.APPENDIX) {
                throw new IllegalStateException("cancelled");
            }
        };

        assertThatThrownBy(() -> new PlanDocumentParser().parse(TestDocuments.text(TestDocuments.SON_LA_2025), cancelling))
                .isInstanceOf(IllegalStateException.class).hasMessage("cancelled");
    }

    @Test
    void givenTextThatIsNotAPlan_whenParsed_thenNothingThrowsAndTheGapsAreWarned() {
        ParsedPlan plan = new PlanDocumentParser().parse("Xin chào.\nĐây không phải là kế hoạch.", null);

        assertThat(plan.header().number()).isNull();
        assertThat(plan.sections()).isEmpty();
        assertThat(plan.appendixTasks()).isEmpty();
        assertThat(plan.warnings()).extracting(ImportWarning::code).contains(
                WarningCode.HEADER_NUMBER_MISSING, WarningCode.HEADER_DATE_MISSING, WarningCode.DOCUMENT_TYPE_MISSING,
                WarningCode.SECTIONS_MISSING, WarningCode.ORGANISATION_SECTION_MISSING, WarningCode.SIGNER_MISSING);
    }

    @Test
    void givenALineStartingWithSoButNoNumber_whenParsingTheHeader_thenItIsNotTakenForTheNumber() {
        ParsedPlan plan = new PlanDocumentParser().parse("Số lượng khen thưởng năm 2025\nKẾ HOẠCH\nTHỬ NGHIỆM\nI. NỘI DUNG\n", null);

        assertThat(plan.header().number()).isNull();
        assertThat(plan.header().title()).isEqualTo("THỬ NGHIỆM");
    }

    @Test
    void givenAnEmptyString_whenParsed_thenAnEmptyPreviewIsReturned() {
        ParsedPlan plan = new PlanDocumentParser().parse("", ImportProgressListener.NONE);

        assertThat(plan.legalBases()).isEmpty();
        assertThat(plan.recipients()).isEmpty();
        assertThat(plan.signer()).isNull();
    }

    @Test
    void givenShuffledAndTruncatedPlans_whenParsed_thenTheParserNeverThrows() {
        Random random = new Random(20250102L);
        for (String name : List.of(TestDocuments.SON_LA_2025, TestDocuments.MARKDOWN, TestDocuments.MESSY_FORMATTING,
                TestDocuments.THEMATIC, TestDocuments.PROSE_WITHOUT_APPENDIX)) {
            List<String> lines = Arrays.asList(TestDocuments.text(name).split("\n", -1));
            for (int round = 0; round < 20; round++) {
                List<String> copy = new ArrayList<>(lines);
                Collections.shuffle(copy, random);
                String shuffled = String.join("\n", copy.subList(0, random.nextInt(copy.size() + 1)));
                ParsedPlan plan = new PlanDocumentParser().parse(shuffled, ImportProgressListener.NONE);
                assertThat(plan).isNotNull();
            }
        }
    }

    @Test
    void givenADocumentNearTheSizeLimit_whenParsed_thenEveryRepeatedAppendixRowIsRead() {
        // The Sơn La plan with its appendix repeated to about 1 MB (≈ 1.3 MB of UTF-8): thousands of rows.
        String plan = TestDocuments.text(TestDocuments.SON_LA_2025);
        StringBuilder big = new StringBuilder(plan);
        String appendix = plan.substring(plan.indexOf("PHỤ LỤC"));
        while (big.length() < 1_000_000) {
            big.append('\n').append(appendix);
        }

        ParsedPlan parsed = new PlanDocumentParser().parse(big.toString(), ImportProgressListener.NONE);

        assertThat(parsed.appendixTasks().size()).isGreaterThan(4_000);
    }

    @Test
    void givenAnAppendixWithoutItsHeaderRow_whenParsed_thenTheDefaultColumnOrderIsUsedAndWarned() {
        String text = """
                Số: 03/KH-UBND
                Sơn La, ngày 03 tháng 01 năm 2025
                KẾ HOẠCH
                THỬ NGHIỆM NĂM 2025
                I. TỔ CHỨC THỰC HIỆN
                1. Sở Nội vụ: theo dõi.
                PHỤ LỤC
                (Kèm theo Kế hoạch số 03/KH-UBND ngày 03/01/2025)
                I
                Nhiệm vụ thực hiện trong quý I
                1
                Tổng hợp số liệu
                02/2025
                Sở Nội vụ
                Văn phòng UBND tỉnh
                """;

        ParsedPlan plan = new PlanDocumentParser().parse(text, null);

        assertThat(plan.appendixTasks()).singleElement().satisfies(task -> {
            assertThat(task.content()).isEqualTo("Tổng hợp số liệu");
            assertThat(task.periodText()).isEqualTo("02/2025");
            assertThat(task.leadUnit()).isEqualTo("Sở Nội vụ");
            assertThat(task.coordinatingUnits()).containsExactly("Văn phòng UBND tỉnh");
        });
        assertThat(plan.warnings()).extracting(ImportWarning::code).containsExactly(
                WarningCode.RECIPIENTS_MISSING, WarningCode.SIGNER_MISSING, WarningCode.APPENDIX_HEADER_NOT_FOUND);
    }

    @Test
    void givenARegistryPredicate_whenAUnitDoesNotStartWithAUsualWord_thenItIsStillTakenForTheLead() {
        String text = """
                Số: 02/KH-UBND
                Sơn La, ngày 03 tháng 01 năm 2025
                KẾ HOẠCH
                THỬ NGHIỆM
                I. TỔ CHỨC THỰC HIỆN
                1. Sở Nội vụ
                - Theo dõi.
                PHỤ LỤC
                TT
                NỘI DUNG
                THỜI GIAN
                ĐƠN VỊ CHỦ TRÌ
                ĐƠN VỊ PHỐI HỢP
                1
                Tổng hợp số liệu
                Công an tỉnh Sơn La
                Cục Thống kê
                """;
        ParsedPlan heuristicOnly = new PlanDocumentParser().parse(text.replace("Công an tỉnh Sơn La", "Xí nghiệp Môi trường"), null);
        ParsedPlan withRegistry = new PlanDocumentParser(name -> name.equals("Xí nghiệp Môi trường"))
                .parse(text.replace("Công an tỉnh Sơn La", "Xí nghiệp Môi trường"), null);

        assertThat(heuristicOnly.appendixTasks().get(0).content()).isEqualTo("Tổng hợp số liệu Xí nghiệp Môi trường");
        assertThat(withRegistry.appendixTasks().get(0).content()).isEqualTo("Tổng hợp số liệu");
        assertThat(withRegistry.appendixTasks().get(0).leadUnit()).isEqualTo("Xí nghiệp Môi trường");
        assertThat(withRegistry.appendixTasks().get(0).coordinatingUnits()).containsExactly("Cục Thống kê");
    }
}
