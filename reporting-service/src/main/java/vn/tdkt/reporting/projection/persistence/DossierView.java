package vn.tdkt.reporting.projection.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of one nomination dossier, fed by the dossier aggregate's events ({@code lastSequence} guards it). */
@Document(DossierView.COLLECTION)
public record DossierView(
        @Id String dossierId,
        String unitCode,
        String subjectType,
        String subjectName,
        String awardCode,
        String awardName,
        Integer year,
        String state,
        List<String> reasons,
        String submittedAt,
        String appraisedAt,
        Long lastSequence,
        String updatedAt) {

    public static final String COLLECTION = "dossier_views";
}
