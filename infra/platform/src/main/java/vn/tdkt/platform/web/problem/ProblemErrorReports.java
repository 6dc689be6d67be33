package vn.tdkt.platform.web.problem;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link ProblemErrorReportValve} in the place of Tomcat's error report: Spring Boot's Tomcat customizer adds a
 * plain {@link ErrorReportValve} to the host, and this takes it out, so that each response gets one error body.
 */
public class ProblemErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final MessageSource messages;
    private final JsonMapper json;

    public ProblemErrorReports(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        // swapped when the context starts: by then every customizer, Spring Boot's included, has added its valves
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                useProblemReports(context.getParent().getPipeline());
            }
        }));
    }

    private void useProblemReports(Pipeline host) {
        for (Valve valve : host.getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.removeValve(valve);
            }
        }
        host.addValve(new ProblemErrorReportValve(messages, json));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
