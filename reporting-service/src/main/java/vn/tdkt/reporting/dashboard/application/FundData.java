package vn.tdkt.reporting.dashboard.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tdkt.reporting.dashboard.domain.FundYear;
import vn.tdkt.reporting.support.DataFiles;

/** The yearly TĐKT fund and the award level labels ({@code dashboard/fund.yml}). */
@Component
public class FundData {

    record Data(String citation, int reservedPercent, Map<String, String> levelLabels, List<FundYear> years) {
    }

    private final Data data = DataFiles.read("dashboard/fund.yml", Data.class);

    public Optional<FundYear> year(int year) {
        return data.years().stream().filter(f -> f.year() == year).findFirst();
    }

    public int reservedPercent() {
        return data.reservedPercent();
    }

    public String citation() {
        return data.citation();
    }

    public Map<String, String> levelLabels() {
        return data.levelLabels();
    }
}
