package vn.tdkt.reporting.report.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.reporting.report.domain.ReportTemplate;
import vn.tdkt.reporting.support.DataFiles;

/** The report templates of {@code report/templates.yml}: the structured figures each kind of report asks for. */
@Component
public class ReportTemplates {

    static final String LOCATION = "report/templates.yml";

    /** The data file's shape. */
    record Data(String source, List<ReportTemplate> templates) {
    }

    private final Map<String, ReportTemplate> byCode = new LinkedHashMap<>();

    public ReportTemplates() {
        for (ReportTemplate template : DataFiles.read(LOCATION, Data.class).templates()) {
            if (byCode.putIfAbsent(template.code(), template) != null) {
                throw new IllegalStateException("Duplicate report template " + template.code() + " in " + LOCATION);
            }
        }
    }

    public List<ReportTemplate> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<ReportTemplate> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public ReportTemplate require(String code) {
        return find(code).orElseThrow(() -> DomainException.invalid("report.template-unknown", code));
    }
}
