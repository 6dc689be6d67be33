package vn.tdkt.plan.importing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.tdkt.plantext.ImportPhase;
import vn.tdkt.plantext.PlanDocumentParser;
import vn.tdkt.plantext.RegistryUnit;
import vn.tdkt.plantext.UnitNameMatcher;
import vn.tdkt.plan.importing.domain.ImportedPlan;
import vn.tdkt.plan.importing.domain.NameRole;
import vn.tdkt.plan.importing.domain.ProgressEntry;
import vn.tdkt.plan.importing.domain.ResolutionStatus;
import vn.tdkt.plan.importing.domain.UnitMapping;
import vn.tdkt.plan.plan.domain.PlanKind;
import vn.tdkt.plan.plan.domain.TaskInput;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.unit.domain.UnitCsv;

/** From a parsed plan to the core's plan input, without Spring: names, series, blockers. */
class PlanDraftAssemblerTest {

    /** The registry the service seeds on first start. */
    static final UnitNameMatcher SEED = new UnitNameMatcher(new UnitCsv().parse(read("/units/seed-units.csv")).stream()
            .map(line -> new RegistryUnit(line.data().code(), line.data().name(), line.data().aliases())).toList());

    static String read(String resource) {
        try (InputStream in = PlanDraftAssemblerTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Preview(ImportedPlan plan, UnitNameResolution.Result names) {
        PlanDraftAssembler.Assembly assemble(PlanDraftAssembler.Choices choices) {
            return new PlanDraftAssembler(plan, names.issuer(), names.names(), choices).assemble();
        }
    }

    static Preview preview(String document) {
        ImportedPlan plan = PreviewMapper.map(new PlanDocumentParser().parse(read("/plantext/" + document), null));
        return new Preview(plan, UnitNameResolution.resolve(plan, SEED));
    }

    @Test
    void givenTheSonLaPlanAndTheSeedRegistry_whenAssembled_thenEveryNameResolvesAndTheReportingDutiesFollowTheRows() {
        // given
        Preview preview = preview("ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt");

        // when
        PlanDraftAssembler.Assembly assembly = preview.assemble(PlanDraftAssembler.Choices.none());

        // then
        assertThat(assembly.isComplete()).isTrue();
        assertThat(assembly.content().issuerUnit()).isEqualTo("UBND");
        assertThat(assembly.content().kind()).isEqualTo(PlanKind.ANNUAL);
        assertThat(assembly.tasks()).hasSize(26);
        assertThat(assembly.tasks()).extracting(TaskInput::leadUnit).containsOnly("SNV", "CUM_KHOI_TINH");
        assertThat(assembly.tasks().get(23).periodText()).isEqualTo("Thường xuyên");
        assertThat(assembly.tasks().subList(24, 26)).extracting(TaskInput::leadUnit, TaskInput::periodText,
                TaskInput::expectedEvidence).containsExactly(
                tuple("CUM_KHOI_TINH", PlanDraftAssembler.REPORT_OBLIGATION_PERIOD, EvidenceKind.REPORT),
                tuple("SNV", PlanDraftAssembler.REPORT_OBLIGATION_PERIOD, EvidenceKind.REPORT));
        assertThat(preview.names().names()).filteredOn(n -> n.status() != ResolutionStatus.RESOLVED)
                .extracting(n -> n.written())
                .containsExactly("Các Trưởng khối thi đua của tỉnh năm 2025", "Các cơ quan thông tin, truyền thông của tỉnh");
    }

    @Test
    void givenAnUnresolvedLead_whenAssembled_thenItBlocksWithItsRolesAndLines_andAMappingUnblocksIt() {
        // given a department plan whose units are not in the provincial registry
        Preview preview = preview("ke-hoach-markdown-so-gddt.md");

        // when
        PlanDraftAssembler.Assembly blocked = preview.assemble(PlanDraftAssembler.Choices.none());

        // then
        assertThat(blocked.isComplete()).isFalse();
        assertThat(blocked.unresolved()).filteredOn(u -> u.name().equals("Phòng Tổ chức cán bộ")).singleElement()
                .satisfies(u -> {
                    assertThat(u.roles()).contains("LEAD", "RECURRING");
                    assertThat(u.status()).isEqualTo("UNRESOLVED");
                    assertThat(u.lines()).hasSizeGreaterThanOrEqualTo(3);
                });
        assertThat(blocked.missingFields()).containsExactly("tasks[II.2].leadUnit");

        // when every name is mapped (by any spelling) or ignored
        List<UnitMapping> mappings = new ArrayList<>();
        blocked.unresolved().forEach(u -> mappings.add(new UnitMapping(u.name().toUpperCase(), "SGDDT")));
        PlanDraftAssembler.Assembly mapped = preview.assemble(new PlanDraftAssembler.Choices(mappings, List.of(), null,
                PlanKind.THEMATIC, null));

        // then only the row without a lead still blocks
        assertThat(mapped.unresolved()).isEmpty();
        assertThat(mapped.missingFields()).containsExactly("tasks[II.2].leadUnit");
        assertThat(mapped.content().kind()).isEqualTo(PlanKind.THEMATIC);
        assertThat(mapped.tasks().get(0).coordinatingUnits()).containsExactly("SGDDT");
    }

    @Test
    void givenAnIgnoredCoordinator_whenAssembled_thenItIsLeftOutInsteadOfBlocking() {
        Preview preview = preview("ke-hoach-markdown-so-gddt.md");
        List<UnitMapping> leads = List.of(new UnitMapping("Phòng Tổ chức cán bộ", "SNV"),
                new UnitMapping("Phòng Giáo dục trung học", "SGDDT"));

        PlanDraftAssembler.Assembly assembly = preview.assemble(new PlanDraftAssembler.Choices(leads,
                List.of("văn phòng sở", "Công đoàn ngành"), null, null, null));

        assertThat(assembly.unresolved()).extracting(ImportNotConfirmableException.UnresolvedName::name)
                .doesNotContain("Văn phòng Sở", "Công đoàn ngành", "Phòng Tổ chức cán bộ");
        assertThat(assembly.tasks().get(0).leadUnit()).isEqualTo("SNV");
        assertThat(assembly.tasks().get(0).coordinatingUnits()).isEmpty();
    }

    @Test
    void givenDutiesInProse_whenAssembled_thenEachFrequencyBecomesTheCoreRecurrenceText() {
        Preview preview = preview("ke-hoach-khong-phu-luc.txt");
        List<UnitMapping> mappings = List.of(new UnitMapping("Báo Lai Châu, Đài Phát thanh và Truyền hình tỉnh", "TTTT"),
                new UnitMapping("Ủy ban nhân dân các xã, phường", "ALL_UNITS"));

        PlanDraftAssembler.Assembly assembly = preview.assemble(new PlanDraftAssembler.Choices(mappings, List.of(),
                null, null, null));

        assertThat(assembly.isComplete()).isTrue();
        assertThat(assembly.tasks()).extracting(TaskInput::leadUnit, TaskInput::periodText, TaskInput::dueDate)
                .containsExactly(
                        tuple("TTTT", "Hằng tháng", null),
                        tuple("SGDDT", "Hằng quý", null),
                        tuple("SGDDT", "Định kỳ 6 tháng", null),
                        tuple("SYT", "Hằng tháng", null),
                        tuple("SYT", "Năm 2026", null),
                        tuple("SNV", "Năm 2026", LocalDate.of(2026, 12, 10)),
                        tuple("ALL_UNITS", PlanDraftAssembler.REPORT_OBLIGATION_PERIOD, null));
        assertThat(assembly.tasks().get(1).content()).startsWith("Hàng quý cung cấp 01 tin hoặc bài");
        assertThat(assembly.tasks().get(1).expectedEvidence()).isEqualTo(EvidenceKind.ARTICLE);
    }

    @Test
    void givenNoIssuerInTheHeader_whenResolved_thenThePreambleNamesIt() {
        Preview preview = preview("ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt");

        assertThat(preview.plan().header().issuer()).isEqualTo("Ủy ban nhân dân tỉnh");
        assertThat(preview.names().issuer().code()).isEqualTo("UBND");
        assertThat(preview.names().issuer().roles()).containsExactly(NameRole.ISSUER);
    }

    @Test
    void givenDeadlinesInText_whenRead_thenTheDateInThePlanYear() {
        assertThat(PlanDraftAssembler.deadline("hằng năm tổng hợp, báo cáo trước ngày 10/12.", 2026))
                .isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(PlanDraftAssembler.deadline("gửi trước ngày 31/3/2027", 2026)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(PlanDraftAssembler.deadline("trước ngày 31/2", 2026)).isNull();
        assertThat(PlanDraftAssembler.deadline("hằng năm biểu dương", 2026)).isNull();
    }

    @Test
    void givenTaskContents_whenGuessingEvidence_thenTheOpeningVerbDecides() {
        assertThat(EvidenceGuess.of("Báo cáo sơ kết 6 tháng")).isEqualTo(EvidenceKind.REPORT);
        assertThat(EvidenceGuess.of("Ban hành Kế hoạch")).isEqualTo(EvidenceKind.DOCUMENT);
        assertThat(EvidenceGuess.of("Dự thảo Chỉ thị")).isEqualTo(EvidenceKind.DOCUMENT);
        assertThat(EvidenceGuess.of("Tổ chức lớp tập huấn")).isEqualTo(EvidenceKind.EVENT);
        assertThat(EvidenceGuess.of("Tuyên truyền, phổ biến")).isEqualTo(EvidenceKind.ARTICLE);
        assertThat(EvidenceGuess.of("Thẩm định hồ sơ")).isEqualTo(EvidenceKind.REPORT);
    }

    @Test
    void givenManyAppendixReports_whenRecordingProgress_thenPhasesAndFivePercentStepsAreKeptWithTheirTimes() {
        AtomicLong nanos = new AtomicLong();
        ProgressRecorder recorder = new ProgressRecorder(nanos::get);

        recorder.onProgress(ImportPhase.NORMALISING, 0.0);
        nanos.addAndGet(3_000_000);
        recorder.onProgress(ImportPhase.APPENDIX, 0.55);
        for (int i = 1; i <= 45; i++) {
            nanos.addAndGet(1_000_000);
            recorder.onProgress(ImportPhase.APPENDIX, 0.55 + i / 100.0);
        }
        recorder.onProgress(ImportPhase.DONE, 1.0);

        List<ProgressEntry> entries = recorder.entries();
        assertThat(entries.get(0)).isEqualTo(new ProgressEntry("NORMALISING", 0.0, 0));
        assertThat(entries).filteredOn(e -> e.phase().equals("APPENDIX")).hasSizeBetween(9, 11);
        assertThat(entries.get(entries.size() - 1)).isEqualTo(new ProgressEntry("DONE", 1.0, 48));
        assertThat(ProgressRecorder.phaseMillis(entries)).containsEntry("NORMALISING", 3L).containsEntry("APPENDIX", 45L)
                .containsEntry("DONE", 0L);
    }
}
