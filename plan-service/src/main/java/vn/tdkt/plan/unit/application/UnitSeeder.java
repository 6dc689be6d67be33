package vn.tdkt.plan.unit.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.tdkt.plan.unit.domain.UnitCsv;
import vn.tdkt.plan.unit.persistence.UnitStore;

/** On first start (empty registry) imports the demo units from {@code classpath:units/seed-units.csv}. */
@Component
public class UnitSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UnitSeeder.class);

    private final UnitStore store;
    private final UnitService service;
    private final Resource seed;
    private final boolean enabled;

    public UnitSeeder(UnitStore store, UnitService service,
            @Value("${tdkt.units.seed:classpath:units/seed-units.csv}") Resource seed,
            @Value("${tdkt.units.seed-enabled:true}") boolean enabled) {
        this.store = store;
        this.service = service;
        this.seed = seed;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        seedIfEmpty();
    }

    public void seedIfEmpty() {
        if (!enabled || store.count() > 0) {
            return;
        }
        try (InputStream in = seed.getInputStream()) {
            UnitService.ImportReport report = service.importLines(
                    new UnitCsv().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            log.info("Seeded the unit registry: {} units", report.created());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            log.info("Unit registry seeded concurrently by another instance");
        }
    }
}
