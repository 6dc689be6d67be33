package vn.tdkt.nomination.revocation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tdkt.nomination.catalogue.domain.AwardKind;
import vn.tdkt.nomination.lawdata.YamlNode;
import vn.tdkt.nomination.register.domain.DecidingAuthority;

/**
 * Who may revoke an award, read from {@code revocation/revocation.yaml}: the level that decided it (R-REV-01, Luật
 * Điều 93 k8), that level's successor where it no longer exists on the revoking date (the district chair's powers
 * went to the commune chair on 01/7/2025, NĐ 129/2025 Điều 59), and the State President alone for a state honorary
 * title (R-REV-02, Luật Điều 93 k7).
 */
public final class RevocationLaw {

    public static final String RESOURCE = "revocation/revocation.yaml";

    /** A level replaced by another from a date. */
    public record Succession(DecidingAuthority from, DecidingAuthority to, LocalDate effectiveFrom, String citation) {
    }

    /** Who must sign, and the text that says so. */
    public record Required(DecidingAuthority authority, String rule, String citation) {
    }

    private final String revokingCitation;
    private final List<Succession> successions;
    private final DecidingAuthority honoraryAuthority;
    private final String honoraryCitation;

    public RevocationLaw(String revokingCitation, List<Succession> successions, DecidingAuthority honoraryAuthority,
            String honoraryCitation) {
        this.revokingCitation = Objects.requireNonNull(revokingCitation, "revokingCitation");
        this.successions = List.copyOf(successions);
        this.honoraryAuthority = Objects.requireNonNull(honoraryAuthority, "honoraryAuthority");
        this.honoraryCitation = Objects.requireNonNull(honoraryCitation, "honoraryCitation");
    }

    public static RevocationLaw bundled() {
        YamlNode file = YamlNode.classpath(RESOURCE);
        List<Succession> successions = new ArrayList<>();
        for (YamlNode entry : file.list("succession")) {
            successions.add(new Succession(entry.enumValue("from", DecidingAuthority.class),
                    entry.enumValue("to", DecidingAuthority.class), entry.requiredDate("effectiveFrom"),
                    entry.requiredString("citation")));
        }
        YamlNode honorary = file.get("honoraryTitles");
        return new RevocationLaw(file.get("revokingAuthority").requiredString("citation"), successions,
                honorary.enumValue("authority", DecidingAuthority.class), honorary.requiredString("citation"));
    }

    /** Who must revoke, on {@code on}, an award of {@code kind} decided by {@code decidedBy}. */
    public Required requiredFor(AwardKind kind, DecidingAuthority decidedBy, LocalDate on) {
        if (kind == AwardKind.STATE_HONORARY_TITLE) {
            return new Required(honoraryAuthority, "R-REV-02", honoraryCitation);
        }
        DecidingAuthority level = decidedBy;
        String citation = revokingCitation;
        boolean replaced = true;
        while (replaced) {
            replaced = false;
            for (Succession s : successions) {
                if (s.from() == level && !on.isBefore(s.effectiveFrom())) {
                    level = s.to();
                    citation = revokingCitation + "; " + s.citation();
                    replaced = true;
                }
            }
        }
        return new Required(level, "R-REV-01", citation);
    }
}
