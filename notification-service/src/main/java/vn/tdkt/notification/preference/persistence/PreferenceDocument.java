package vn.tdkt.notification.preference.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.preference.domain.Preferences;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code preferences}, keyed by recipient key ({@code unit:SGDDT}, {@code person:a@b.vn}). */
@Document(PreferenceDocument.COLLECTION)
public class PreferenceDocument extends AggregateDocument<Preferences> {

    public static final String COLLECTION = "preferences";
    static final String UNIT = path("unitCode");
}
