package vn.tdkt.nomination.decision.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * A signed document: a decision (quyết định, number and symbol such as {@code 2150/QĐ-UBND}) or a tờ trình to the
 * central level ({@code 85/TTr-UBND}), its date, its signer and the authority it is signed for.
 *
 * @param signerTitle e.g. "Chủ tịch", "KT. Chủ tịch – Phó Chủ tịch"
 */
public record DecisionAct(String number, LocalDate date, String signer, String signerTitle,
        DecidingAuthority authority) {

    /** Number/QĐ-issuer, as Vietnamese administrative documents write it (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
    static final Pattern DECISION_NUMBER = Pattern.compile("\\d{1,6}/QĐ-[\\p{L}\\p{N}.\\-]{2,40}");
    static final Pattern SUBMISSION_NUMBER = Pattern.compile("\\d{1,6}/TTr-[\\p{L}\\p{N}.\\-]{2,40}");

    public DecisionAct {
        number = TextNormalizer.clean(number);
        signer = TextNormalizer.clean(signer);
        signerTitle = TextNormalizer.clean(signerTitle);
        if (date == null) {
            throw DomainException.invalid("decision.date-required");
        }
        if (signer == null || signer.isEmpty()) {
            throw DomainException.invalid("decision.signer-required");
        }
        if (authority == null) {
            throw DomainException.invalid("decision.authority-required");
        }
    }

    /** A decision: its number must read like one. */
    public static DecisionAct decision(String number, LocalDate date, String signer, String signerTitle,
            DecidingAuthority authority) {
        return numbered(new DecisionAct(number, date, signer, signerTitle, authority), DECISION_NUMBER,
                "decision.number-invalid", number);
    }

    /** A tờ trình: its number must read like one. */
    public static DecisionAct submission(String number, LocalDate date, String signer, String signerTitle,
            DecidingAuthority authority) {
        return numbered(new DecisionAct(number, date, signer, signerTitle, authority), SUBMISSION_NUMBER,
                "decision.submission-number-invalid", number);
    }

    /** The act, when its number reads like one of its kind ({@code given} is the number as the caller wrote it). */
    private static DecisionAct numbered(DecisionAct act, Pattern form, String invalidCode, String given) {
        if (act.number() == null || !form.matcher(act.number()).matches()) {
            throw DomainException.invalid(invalidCode, String.valueOf(given));
        }
        return act;
    }

    /** "Nguyễn Văn A (Chủ tịch)". */
    public String signedBy() {
        return signerTitle == null || signerTitle.isEmpty() ? signer : signer + " (" + signerTitle + ")";
    }
}
