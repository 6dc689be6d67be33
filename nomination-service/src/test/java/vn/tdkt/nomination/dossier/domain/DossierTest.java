package vn.tdkt.nomination.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.platform.domain.DomainException;

class DossierTest {

    private static final AwardCatalogue CATALOGUE = AwardCatalogue.provincial();
    private static final Instant T0 = Instant.parse("2025-11-03T02:00:00Z");
    private static final Instant T1 = Instant.parse("2025-11-10T03:00:00Z");
    private static final Instant T2 = Instant.parse("2025-11-20T04:00:00Z");
    private static final String ID = "0195f3a0-0000-7000-8000-000000000001";

    private static DossierContent content(String awardCode) {
        return new DossierContent(SubjectType.INDIVIDUAL, "  Nguyễn   Thị Hồng  ", awardCode, 2025,
                "Hoàn thành xuất sắc nhiệm vụ năm 2025.");
    }

    private static Dossier draft() {
        return Dossier.draft(ID, "SGDDT", content("CSTDCS"), CATALOGUE, "sgddt-user", T0);
    }

    private static Dossier submitted() {
        Dossier dossier = draft();
        dossier.submit("sgddt-user", T1);
        return dossier;
    }

    private static void assertIllegalTransition(ThrowingCallable call, DossierAction action, DossierStatus current) {
        assertThatThrownBy(call).isInstanceOfSatisfying(IllegalDossierTransitionException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(e.code()).isEqualTo("dossier.illegal-transition");
            assertThat(e.action()).isEqualTo(action);
            assertThat(e.current()).isEqualTo(current);
            assertThat(e.args()).containsExactly(action, current);
        });
    }

    private static void assertInvalid(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Nested
    class Drafting {

        @Test
        void given_valid_content_when_drafting_then_a_draft_with_clean_name_folded_key_and_award_name() {
            // given / when
            Dossier dossier = draft();

            // then
            DossierSnapshot s = dossier.snapshot();
            assertThat(s.status()).isEqualTo(DossierStatus.DRAFT);
            assertThat(s.status().label()).isEqualTo("Dự thảo");
            assertThat(s.subjectName()).isEqualTo("Nguyễn Thị Hồng");
            assertThat(s.subjectNameKey()).isEqualTo("nguyen thi hong");
            assertThat(s.awardName()).isEqualTo("Chiến sĩ thi đua cơ sở");
            assertThat(s.unitCode()).isEqualTo("SGDDT");
            assertThat(s.createdAt()).isEqualTo(T0);
            assertThat(s.submittedAt()).isNull();
            assertThat(s.appraisal()).isNull();
        }

        @Test
        void given_a_decomposed_name_when_drafting_then_it_is_stored_nfc() {
            // given: "Nguyễn" with a combining circumflex and tilde (NFD)
            String decomposed = java.text.Normalizer.normalize("Nguyễn Văn Đức", java.text.Normalizer.Form.NFD);
            assertThat(decomposed).isNotEqualTo("Nguyễn Văn Đức");

            // when
            Dossier dossier = Dossier.draft(ID, "SGDDT",
                    new DossierContent(SubjectType.INDIVIDUAL, decomposed, "LDTT", 2025, "x"), CATALOGUE, "u", T0);

            // then
            assertThat(dossier.snapshot().subjectName()).isEqualTo("Nguyễn Văn Đức");
            assertThat(dossier.snapshot().subjectNameKey()).isEqualTo("nguyen van duc");
        }

        @Test
        void given_an_unknown_award_when_drafting_then_invalid() {
            assertInvalid(() -> Dossier.draft(ID, "SGDDT", content("NOPE"), CATALOGUE, "u", T0), "award.unknown");
        }

        @Test
        void given_an_award_that_does_not_fit_the_subject_type_when_drafting_then_invalid() {
            DossierContent household = new DossierContent(SubjectType.HOUSEHOLD, "Hộ ông Lò Văn A", "GIAY_KHEN",
                    2025, "x");
            assertInvalid(() -> Dossier.draft(ID, "PCHIENGLE", household, CATALOGUE, "u", T0),
                    "award.subject-type-mismatch");
        }

        @Test
        void given_a_blank_name_or_a_bad_year_when_drafting_then_invalid() {
            assertInvalid(() -> Dossier.draft(ID, "SGDDT",
                    new DossierContent(SubjectType.INDIVIDUAL, " \u00A0 ", "LDTT", 2025, "x"), CATALOGUE, "u", T0),
                    "dossier.subject-name-required");
            assertInvalid(() -> Dossier.draft(ID, "SGDDT",
                    new DossierContent(SubjectType.INDIVIDUAL, "A", "LDTT", 1999, "x"), CATALOGUE, "u", T0),
                    "dossier.year-out-of-range");
            assertInvalid(() -> Dossier.draft(ID, " ", content("LDTT"), CATALOGUE, "u", T0),
                    "dossier.unit-required");
        }
    }

    @Nested
    class Revising {

        @Test
        void given_a_draft_when_revising_then_content_changes_and_no_event() {
            // given
            Dossier dossier = draft();

            // when
            dossier.revise(new DossierContent(SubjectType.COLLECTIVE, "Trường THPT Chiềng Sinh", "TTLDXS", 2025,
                    "Tập thể dẫn đầu khối thi đua."), CATALOGUE, T1);

            // then
            DossierSnapshot s = dossier.snapshot();
            assertThat(s.status()).isEqualTo(DossierStatus.DRAFT);
            assertThat(s.subjectType()).isEqualTo(SubjectType.COLLECTIVE);
            assertThat(s.awardName()).isEqualTo("Tập thể lao động xuất sắc");
            assertThat(s.subjectNameKey()).isEqualTo("truong thpt chieng sinh");
            assertThat(s.updatedAt()).isEqualTo(T1);
            assertThat(s.createdAt()).isEqualTo(T0);
        }

        @Test
        void given_a_submitted_dossier_when_revising_then_conflict() {
            Dossier dossier = submitted();
            assertIllegalTransition(() -> dossier.revise(content("LDTT"), CATALOGUE, T2),
                    DossierAction.EDIT, DossierStatus.SUBMITTED);
        }

        @Test
        void given_an_appraised_dossier_when_revising_then_conflict() {
            Dossier dossier = submitted();
            dossier.appraise(AppraisalOutcome.ELIGIBLE, List.of(), "snv-user", T2);
            assertIllegalTransition(() -> dossier.revise(content("LDTT"), CATALOGUE, T2),
                    DossierAction.EDIT, DossierStatus.APPRAISED_ELIGIBLE);
        }
    }

    @Nested
    class Submitting {

        @Test
        void given_a_draft_when_submitting_then_submitted_and_dossier_submitted_event() {
            // given
            Dossier dossier = draft();

            // when
            List<DomainEvent> events = dossier.submit("sgddt-user", T1);

            // then
            assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
            assertThat(dossier.snapshot().submittedAt()).isEqualTo(T1);
            assertThat(dossier.snapshot().submittedBy()).isEqualTo("sgddt-user");
            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo(EventTypes.DOSSIER_SUBMITTED);
                assertThat(event.subject()).isEqualTo(ID);
                assertThat(event.payload()).isEqualTo(new DossierSubmitted(ID, "SGDDT", SubjectType.INDIVIDUAL,
                        "Nguyễn Thị Hồng", "CSTDCS", "Chiến sĩ thi đua cơ sở", 2025, T1));
            });
        }

        @Test
        void given_a_submitted_dossier_when_submitting_again_then_conflict() {
            Dossier dossier = submitted();
            assertIllegalTransition(() -> dossier.submit("sgddt-user", T2),
                    DossierAction.SUBMIT, DossierStatus.SUBMITTED);
        }

        @Test
        void given_an_appraised_dossier_when_submitting_then_conflict() {
            Dossier dossier = submitted();
            dossier.appraise(AppraisalOutcome.NOT_ELIGIBLE, List.of("Thiếu biên bản bình xét"), "snv-user", T2);
            assertIllegalTransition(() -> dossier.submit("sgddt-user", T2),
                    DossierAction.SUBMIT, DossierStatus.APPRAISED_NOT_ELIGIBLE);
        }
    }

    @Nested
    class Appraising {

        @Test
        void given_a_draft_when_appraising_then_conflict() {
            Dossier dossier = draft();
            assertIllegalTransition(() -> dossier.appraise(AppraisalOutcome.ELIGIBLE, List.of(), "snv-user", T1),
                    DossierAction.APPRAISE, DossierStatus.DRAFT);
        }

        @Test
        void given_a_submitted_dossier_when_appraised_eligible_then_status_and_event() {
            // given
            Dossier dossier = submitted();

            // when
            List<DomainEvent> events = dossier.appraise(AppraisalOutcome.ELIGIBLE, null, "snv-user", T2);

            // then
            assertThat(dossier.status()).isEqualTo(DossierStatus.APPRAISED_ELIGIBLE);
            assertThat(dossier.status().label()).isEqualTo("Đủ điều kiện");
            assertThat(dossier.snapshot().appraisal())
                    .isEqualTo(new Appraisal(AppraisalOutcome.ELIGIBLE, List.of(), "snv-user", T2));
            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo(EventTypes.DOSSIER_APPRAISED);
                assertThat(event.subject()).isEqualTo(ID);
                assertThat(event.payload()).isEqualTo(new DossierAppraised(ID, "SGDDT", SubjectType.INDIVIDUAL,
                        "Nguyễn Thị Hồng", "CSTDCS", "Chiến sĩ thi đua cơ sở", AppraisalOutcome.ELIGIBLE,
                        List.of(), "snv-user", T2, null, null));
            });
        }

        @Test
        void given_a_submitted_dossier_when_appraised_not_eligible_with_reasons_then_status_and_clean_reasons() {
            // given
            Dossier dossier = submitted();

            // when
            List<DomainEvent> events = dossier.appraise(AppraisalOutcome.NOT_ELIGIBLE,
                    List.of("  Thiếu   sáng kiến được công nhận ", " "), "snv-user", T2);

            // then
            assertThat(dossier.status()).isEqualTo(DossierStatus.APPRAISED_NOT_ELIGIBLE);
            assertThat(dossier.snapshot().appraisal().reasons()).containsExactly("Thiếu sáng kiến được công nhận");
            assertThat(((DossierAppraised) events.get(0).payload()).reasons())
                    .containsExactly("Thiếu sáng kiến được công nhận");
        }

        @Test
        void given_a_submitted_dossier_when_appraised_not_eligible_without_reasons_then_invalid_and_unchanged() {
            // given
            Dossier dossier = submitted();

            // when / then
            assertInvalid(() -> dossier.appraise(AppraisalOutcome.NOT_ELIGIBLE, List.of("  "), "snv-user", T2),
                    "dossier.appraisal.reasons-required");
            assertInvalid(() -> dossier.appraise(AppraisalOutcome.NOT_ELIGIBLE, null, "snv-user", T2),
                    "dossier.appraisal.reasons-required");
            assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
            assertThat(dossier.snapshot().appraisal()).isNull();
        }

        @Test
        void given_an_appraised_dossier_when_appraising_again_then_conflict() {
            Dossier dossier = submitted();
            dossier.appraise(AppraisalOutcome.ELIGIBLE, List.of(), "snv-user", T2);
            assertIllegalTransition(() -> dossier.appraise(AppraisalOutcome.NOT_ELIGIBLE, List.of("x"), "snv-user", T2),
                    DossierAction.APPRAISE, DossierStatus.APPRAISED_ELIGIBLE);
        }
    }

    @Test
    void snapshot_and_restore_round_trip() {
        Dossier dossier = submitted();
        dossier.appraise(AppraisalOutcome.NOT_ELIGIBLE, List.of("Lý do"), "snv-user", T2);
        assertThat(Dossier.restore(dossier.snapshot()).snapshot()).isEqualTo(dossier.snapshot());
    }
}
