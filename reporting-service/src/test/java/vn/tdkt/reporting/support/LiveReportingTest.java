package vn.tdkt.reporting.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The live variant of {@link ReportingTest} for what needs a real server: the server-sent event stream and the
 * dashboard in a real browser. A random port, real signed tokens ({@link TestSecurityConfiguration}), a short
 * debounce and heartbeat; the consumers, the emptied database and the helpers are {@link ReportingTest}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tdkt.outbox.enabled=false", "tdkt.reporting.stream.debounce=PT0.2S",
                "tdkt.reporting.stream.heartbeat=PT1S"})
@Import(TestSecurityConfiguration.class)
public abstract class LiveReportingTest extends ReportingTest {

    @Autowired
    protected Tokens tokens;

    @LocalServerPort
    protected int port;
}
