package vn.tdkt.nomination.facts.ratings.application;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.facts.application.RegisterAccess;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.ratings.domain.Rating;
import vn.tdkt.nomination.facts.ratings.domain.RatingRows;
import vn.tdkt.nomination.facts.ratings.persistence.RatingFilter;
import vn.tdkt.nomination.facts.ratings.persistence.RatingStore;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * The ratings register (xếp loại): imports from the civil-service evaluation (xlsx or CSV), all or nothing, and
 * reads per subject for the eligibility rules.
 */
@Service
@RequiredArgsConstructor
public class RatingService {

    private final RatingStore store;
    private final Clock clock;

    /**
     * Imports a ratings file (SNV_OFFICER, ADMIN). Every row is checked first; one bad row and nothing is stored.
     * A rating for a subject and year already in the register replaces it.
     *
     * @throws RatingImportRejected listing every bad row
     */
    public RatingImportSummary importFile(TdktPrincipal caller, byte[] content, String fileName) {
        RegisterAccess.requireWriter(caller);
        List<List<String>> cells = SpreadsheetReader.read(content);
        String importId = Ids.newId(clock);
        RatingRows.Result result = RatingRows.parse(cells,
                new Rating.Source(importId, 0, fileName, caller.subject(), clock.instant()));
        if (!result.accepted()) {
            throw new RatingImportRejected(result.errors());
        }
        RatingStore.Written written = store.saveAll(result.ratings());
        List<Rating> ratings = result.ratings();
        int persons = (int) ratings.stream().filter(r -> r.subject().kind() == SubjectKey.Kind.PERSON).count();
        return new RatingImportSummary(importId, fileName, ratings.size(), written.created(), written.updated(),
                persons, ratings.size() - persons,
                ratings.stream().map(Rating::year).distinct().sorted().toList());
    }

    /** One page of ratings, by unit, year or subject, within what the caller may read. */
    public PageResponse<Rating> list(TdktPrincipal caller, String unit, Integer year, SubjectRef subject,
            PageQuery page) {
        UnitScope scope = RegisterAccess.scope(caller, unit);
        if (scope.foreign() || (subject != null && scope.unitCode() != null
                && !scope.unitCode().equals(subject.unitCode()) && subject.unitCode() != null)) {
            return PageResponse.of(List.of(), page, 0);
        }
        RatingFilter filter = new RatingFilter(scope.unitCode(), year, subject);
        return PageResponse.of(store.page(filter, page), page, store.count(filter));
    }

    /** Every rating of the subject, oldest first. */
    public List<Rating> forSubject(SubjectRef subject) {
        return store.forSubject(subject);
    }
}
