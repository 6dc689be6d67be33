package vn.tdkt.notification.preference.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.preference.domain.Preferences;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code preferences}, keyed by recipient key ({@code unit:SGDDT}, {@code person:a@b.vn}). */
@Document(PreferenceDocument.COLLECTION)
public class PreferenceDocument extends AggregateDocument {

    public static final String COLLECTION = "preferences";
    static final String UNIT = "preferences.unitCode";

    @Id
    private String id;

    private Preferences preferences;

    protected PreferenceDocument() {
    }

    public PreferenceDocument(Preferences preferences) {
        this.id = preferences.id();
        this.preferences = preferences;
    }

    public Preferences getPreferences() {
        return preferences;
    }
}
