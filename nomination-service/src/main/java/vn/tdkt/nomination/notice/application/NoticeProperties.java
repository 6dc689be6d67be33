package vn.tdkt.nomination.notice.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.tdkt.nomination.notice.domain.CommentLimits;

/**
 * Public notice parameters ({@code tdkt.nomination.notice.*}).
 *
 * @param defaultWorkingDays the window when the catalogue entry names none (R-PUB-01: 10 working days, NĐ 152/2025
 *                           Điều 44 k2, NĐ 98/2023 Điều 46 k1); a catalogue's value is also the shortest allowed
 * @param publicBaseUrl      where citizens reach this service; the public page is {@code <base>/cong-khai/<id>}
 * @param scanInterval       how often ended windows are closed
 */
@ConfigurationProperties("tdkt.nomination.notice")
public record NoticeProperties(Integer defaultWorkingDays, String publicBaseUrl, Integer commentMaxLength,
        Integer nameMaxLength, Integer contactMaxLength, Duration scanInterval) {

    public NoticeProperties {
        defaultWorkingDays = defaultWorkingDays == null ? 10 : defaultWorkingDays;
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8082" : publicBaseUrl.replaceAll("/+$", "");
        commentMaxLength = commentMaxLength == null ? 4000 : commentMaxLength;
        nameMaxLength = nameMaxLength == null ? 120 : nameMaxLength;
        contactMaxLength = contactMaxLength == null ? 200 : contactMaxLength;
        scanInterval = scanInterval == null ? Duration.ofMinutes(15) : scanInterval;
    }

    public CommentLimits limits() {
        return new CommentLimits(commentMaxLength, nameMaxLength, contactMaxLength);
    }
}
