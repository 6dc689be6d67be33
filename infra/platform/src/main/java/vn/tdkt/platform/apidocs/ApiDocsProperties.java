package vn.tdkt.platform.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service says about itself in its OpenAPI document ({@code tdkt.api-docs.*}).
 *
 * @param title       e.g. "nomination-service — hồ sơ đề nghị khen thưởng"
 * @param description what the service owns, in a few sentences (Markdown)
 * @param version     the API version
 */
@ConfigurationProperties("tdkt.api-docs")
public record ApiDocsProperties(String title, String description, String version, String contactName,
        String contactEmail, String contactUrl, String licenseName, String licenseUrl) {

    public ApiDocsProperties {
        version = version == null ? "v1" : version;
        contactName = contactName == null ? "Sở Nội vụ — Phòng Thi đua, khen thưởng" : contactName;
        contactEmail = contactEmail == null ? "tdkt@snv.example.gov.vn" : contactEmail;
        licenseName = licenseName == null ? "Apache License 2.0" : licenseName;
        licenseUrl = licenseUrl == null ? "https://www.apache.org/licenses/LICENSE-2.0" : licenseUrl;
    }
}
