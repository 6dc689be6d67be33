package vn.tdkt.reporting.support;

import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tdkt.reporting.dashboard.application.SummaryCache;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;
import vn.tdkt.platformtest.service.ServiceTest;
import vn.tdkt.reporting.projection.application.WorkingCalendar;

/**
 * The live variant of {@link ServiceTest} for what needs a real server: the server-sent event stream and the
 * dashboard in a real browser. A random port, real signed tokens ({@link TestSecurityConfiguration}), a short
 * debounce and heartbeat; everything else as in {@link ReportingTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tdkt.outbox.enabled=false", "tdkt.reporting.stream.debounce=PT0.2S",
                "tdkt.reporting.stream.heartbeat=PT1S"})
@Import(TestSecurityConfiguration.class)
public abstract class LiveReportingTest extends ServiceTest {

    @Autowired
    @Qualifier("planEvents")
    protected Consumer<Message<byte[]>> planEvents;

    @Autowired
    @Qualifier("nominationEvents")
    protected Consumer<Message<byte[]>> nominationEvents;

    @Autowired
    @Qualifier("reportPlanEvents")
    protected Consumer<Message<byte[]>> reportPlanEvents;

    @Autowired
    protected Tokens tokens;

    @LocalServerPort
    protected int port;

    @Autowired
    private SummaryCache cache;

    @Autowired
    private WorkingCalendar calendar;

    @BeforeEach
    void emptyDatabase() {
        Scenario.clean(mongo, cache, calendar);
    }
}
