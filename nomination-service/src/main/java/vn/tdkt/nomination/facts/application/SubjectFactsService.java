package vn.tdkt.nomination.facts.application;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.rules.domain.SubjectFacts;

/**
 * The subject's facts from this service's registers: ratings, innovations, holds and concluded disciplines. A
 * dossier merges in what it knows besides (declared prior awards, unit and cluster standing) before it asks
 * {@code EligibilityService}.
 */
@Service
public class SubjectFactsService {

    /**
     * @param year the proposal year: ratings and innovations of later years are left out
     * @param asOf records entered after this day are left out; holds lifted later still show as open on it
     */
    public SubjectFacts factsFor(SubjectRef subject, int year, LocalDate asOf) {
        throw new UnsupportedOperationException("registers arrive in a later commit");
    }
}
