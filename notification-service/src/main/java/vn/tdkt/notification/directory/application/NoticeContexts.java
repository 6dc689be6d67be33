package vn.tdkt.notification.directory.application;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.notification.notice.domain.NoticeContext;

/**
 * The context every recipient rule reads: the unit registry and movement names of this directory, the province
 * body ({@code tdkt.notification.province-body}, default SNV: Sở Nội vụ, the standing body of the province's
 * emulation and commendation council) and the province's time zone.
 */
@Component
public class NoticeContexts {

    private final NoticeContext context;

    public NoticeContexts(Directory directory, Clock clock,
            @Value("${tdkt.notification.province-body:SNV}") String provinceBody) {
        this.context = new NoticeContext(directory::unitInfo, directory::movementName, provinceBody,
                clock.getZone());
    }

    public NoticeContext current() {
        return context;
    }
}
