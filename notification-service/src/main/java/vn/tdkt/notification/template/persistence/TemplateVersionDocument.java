package vn.tdkt.notification.template.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.template.domain.TemplateVersion;

/** Collection {@code template_versions}: every revision of every template, {@code <id>@<revision>}. */
@Document(TemplateVersionDocument.COLLECTION)
class TemplateVersionDocument {

    static final String COLLECTION = "template_versions";
    static final String TEMPLATE_ID = "version.templateId";
    static final String REVISION = "version.revision";

    @Id
    String id;
    TemplateVersion version;
}
