package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same plan as a Word document and as a printed PDF reads like its text: the header, the bases, the sections, each
 * unit's duties, the recurring duties, the signature and every appendix row with its cells. The documents are written
 * from the test plans (the real Sơn La plan among them) with POI and PDFBox, their appendix as a real table.
 */
class DocumentFormatsTest {

    /** What a reader must get right, without line numbers (a DOCX counts paragraphs, a PDF its printed lines). */
    record Reading(PlanHeader header, List<List<Object>> bases, List<String> sections, List<String> units,
                   List<List<Object>> duties, List<String> recipients, Signer signer, List<List<Object>> tasks) {

        static Reading of(ParsedPlan plan) {
            return new Reading(plan.header(),
                    plan.legalBases().stream().map(b -> List.<Object>of(b.text(), String.valueOf(b.documentNumber()),
                            String.valueOf(b.date()), String.valueOf(b.issuer()))).toList(),
                    paths(plan.sections()),
                    plan.responsibilities().stream().map(r -> r.unitName() + ": " + String.join(" | ", r.duties())).toList(),
                    plan.recurringDuties().stream().map(d -> List.<Object>of(d.frequency(), d.units(), d.dutyText())).toList(),
                    plan.recipients(), plan.signer(),
                    plan.appendixTasks().stream().map(t -> List.<Object>of(t.group().numeral(), t.group().title(),
                            t.rowNumber(), t.content(), String.valueOf(t.periodText()), String.valueOf(t.dueDate()),
                            String.valueOf(t.leadUnit()), t.coordinatingUnits())).toList());
        }

        private static List<String> paths(List<PlanSection> sections) {
            return sections.stream().flatMap(s -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(s.path() + " " + s.title() + " " + s.blocks().stream().map(TextBlock::text).toList()),
                    paths(s.subsections()).stream())).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDocuments.SON_LA_2025, TestDocuments.PROSE_WITHOUT_APPENDIX, TestDocuments.THEMATIC})
    void givenAPlanAsAWordDocument_whenRead_thenItReadsLikeItsText(String name) {
        String text = TestDocuments.text(name);
        ParsedPlan expected = PlanText.read(text);

        ParsedPlan docx = PlanText.withKnownUnits(unit -> false).docx(PlanDocx.writer().write(TestPlan.fromText(text)), null);

        assertThat(docx.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(Reading.of(docx)).isEqualTo(Reading.of(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDocuments.SON_LA_2025, TestDocuments.PROSE_WITHOUT_APPENDIX, TestDocuments.THEMATIC})
    void givenAPlanPrintedToPdf_whenRead_thenItReadsLikeItsText(String name) {
        String text = TestDocuments.text(name);
        ParsedPlan expected = PlanText.read(text);

        ParsedPlan pdf = PlanText.withKnownUnits(unit -> false).pdf(PlanPdf.write(TestPlan.fromText(text)), null);

        assertThat(pdf.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(Reading.of(pdf)).isEqualTo(Reading.of(expected));
    }
}
