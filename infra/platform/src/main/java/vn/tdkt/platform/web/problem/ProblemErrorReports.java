package vn.tdkt.platform.web.problem;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Puts {@link ProblemErrorReportValve} in the place of Tomcat's error report: Spring Boot's Tomcat customizer adds a
 * plain {@link ErrorReportValve} to the host, and this takes it out, so that each response gets one error body.
 */
public class ProblemErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final ProblemErrorReportValve valve;

    public ProblemErrorReports(ProblemErrorReportValve valve) {
        this.valve = valve;
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
        for (Valve present : host.getValves()) {
            if (present instanceof ErrorReportValve) {
                host.removeValve(present);
            }
        }
        host.addValve(valve);
    }
}
