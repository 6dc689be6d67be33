package vn.tdkt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.tdkt.localstack.demo.DemoDataLoader;

/**
 * Every operation the four services document, called as a careless or hostile client would (see
 * {@link HostileRequests}), first on a fresh stack, then on the records of the demo data: the promise that bad input
 * gets a clear problem and changes nothing, checked from outside for every endpoint at once, so that a new endpoint
 * is covered the day it is documented.
 * <ul>
 * <li>no answer is a server error;</li>
 * <li>without a valid token, every operation not documented as open answers 401;</li>
 * <li>every refusal is {@code application/problem+json} with a {@code code} and its own status, its title, detail and
 * field messages in Vietnamese when the caller named no language (a page for browsers answers with a page: its
 * operation documents {@code text/html});</li>
 * <li>no refused call changes anything: the end offsets of every topic, and every document of every service's
 * database, are the same before and after.</li>
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCallsIT extends EndToEndTest {

    private Instant ready;
    private HostileWalk walk;

    HostileCallsIT() {
        // The jobs that run every minute by default run once an hour here: each run moves a watermark, which would
        // read as a change. The others run every five minutes or less often, and only their first runs fall within
        // this test, before its first reading.
        super(stack -> stack
                .serviceSystemProperty("plan-service", "tdkt.reminder.scan-interval", "PT1H")
                .serviceSystemProperty("reporting-service", "tdkt.reporting.report.scan-interval", "PT1H")
                .serviceSystemProperty("nomination-service", "tdkt.nomination.decision.completion-interval", "PT1H")
                .serviceSystemProperty("nomination-service", "tdkt.nomination.revocation.completion-interval", "PT1H")
                .serviceSystemProperty("notification-service", "tdkt.notification.digest.poll-interval", "PT1H"));
    }

    @BeforeAll
    void stackReady() {
        ready = Instant.now();
        walk = new HostileWalk(stack);
    }

    @Test
    @Order(1)
    void bad_input_to_every_documented_operation_gets_a_problem_never_a_server_error_and_changes_nothing()
            throws Exception {
        List<HostileRequests.Caller> callers = walk.callers("snv", "pchiengle", "leader");
        int operations = walkChangingNothing("on a fresh stack",
                StoredDocuments.readWhenQuiet(stack.mongoUri(), ready),
                (hostile, operation) -> hostile.of(operation, callers));

        assertThat(operations).as("operations walked").isGreaterThan(150);
    }

    /**
     * The same promise on records that exist, where a check that answers 404 for a made-up id no longer stands in
     * front of the body's validation, the version guard and the handler. The record is the first of its list once the
     * demo data is loaded (a plan, a task, the movement, a registration, a unit, a dossier, a template, an inbox
     * entry, a delivery) and the records it leaves out are made ({@link WalkRecords}: a block and its score sheet, a
     * unit's report, a webhook, a hold, a batch, the year's fund, a plan import; the year's calendar is named), and
     * SGDDT, whose officer
     * drafted the demo's dossiers and owns the webhook and the batch, is among the callers. The records only the award
     * chain makes (council, session, decisions) are walked there ({@code AwardChainEndToEndIT}).
     */
    @Test
    @Order(2)
    void on_existing_records_bad_input_gets_a_problem_never_a_server_error_and_changes_nothing() throws Exception {
        Path fixture = DemoDataLoader.defaultFixture(E2eStacks.repoRoot());
        Assumptions.assumeTrue(Files.isRegularFile(fixture), "the shared fixture is needed");
        DemoDataLoader.loadOnce(stack, fixture);
        WalkRecords made = new WalkRecords(stack);
        made.make(fixture);
        RecordIds records = walk.records();
        made.name(records);
        List<HostileRequests.Caller> callers = walk.callers("snv", "pchiengle", "sgddt");
        int operations = walkChangingNothing("on existing records",
                StoredDocuments.readWhenQuiet(stack.mongoUri(), ready),
                (hostile, operation) -> records.of(operation)
                        .map(id -> hostile.onRecord(operation, id, callers)).orElse(List.of()));

        assertThat(operations).as("operations walked on an existing record").isGreaterThan(39);
    }

    /**
     * Every operation that needs a token documents the roles it admits ({@code x-roles}), which the walks above hold
     * it to; the unit directory and the working-day calendar, which any valid token reads, document every role and
     * no 403. An endpoint added without a role guard fails here.
     */
    @Test
    @Order(3)
    void every_operation_that_needs_a_token_documents_the_roles_it_admits() {
        List<DocumentedOperation> operations = walk.operations();
        List<String> unguarded = operations.stream()
                .filter(operation -> !operation.open() && operation.roles() == null)
                .map(DocumentedOperation::toString).toList();
        List<String> forAnyToken = operations.stream()
                .filter(operation -> !operation.open() && !operation.documents403())
                .map(DocumentedOperation::toString).toList();

        assertThat(unguarded).as("operations without x-roles").isEmpty();
        assertThat(forAnyToken).as("operations that document no 403").containsExactlyInAnyOrder(
                "plan-service GET /api/v1/units",
                "plan-service GET /api/v1/units/{code}",
                "plan-service GET /api/v1/calendar/working-days/add",
                "plan-service GET /api/v1/calendar/working-days/check",
                "plan-service GET /api/v1/calendar/working-days/between",
                "plan-service GET /api/v1/calendar/years/{year}");
    }

    /**
     * Files made to choke a reader (a sheet of 400 000 rows, a sheet and a PDF page that inflate a thousandfold, a
     * Word document of 33 MB of text, nested entities, noise, nothing) sent to every upload that reads its file
     * ({@link HostileUploads}): each gets a problem, never a server error, within 30 s, and every service still
     * answers its health check after them all. The services run with the local stack's 384 MB heap. A service can
     * stay healthy while a Kafka or scheduler thread died of an {@code OutOfMemoryError}, so the logs are read too.
     */
    @Test
    @Order(4)
    void hostile_files_get_a_problem_never_a_server_error_and_every_service_stays_up() throws Exception {
        List<String> faults = new HostileUploads(stack).send();

        assertThat(faults).as("uploads that broke the promise").isEmpty();
        for (String service : List.of("plan-service", "nomination-service", "reporting-service",
                "notification-service")) {
            Api.Response health = new Api(stack.serviceUrl(service), null).get("/actuator/health");
            assertThat(health.status()).as("%s health after the hostile files: %s", service, health.raw())
                    .isEqualTo(200);
            Path log = stack.dataDir().resolve("logs").resolve(service + ".log");
            try (var lines = Files.lines(log)) {
                assertThat(lines.filter(line -> line.contains("OutOfMemoryError")).findFirst())
                        .as("%s ran out of memory somewhere (%s)", service, log).isEmpty();
            }
        }
    }

    /**
     * Walks the operations with the requests {@code requestsOf} gives them, and checks the promise: no fault in any
     * answer, no state-changing call accepted, no event published and no stored document changed since
     * {@code stored}.
     *
     * @return how many operations had requests to send
     */
    private int walkChangingNothing(String where, StoredDocuments stored,
            BiFunction<HostileRequests, DocumentedOperation, List<HostileRequests.Request>> requestsOf)
            throws Exception {
        Map<TopicPartition, Long> before = quietEndOffsets();
        HostileWalk.Findings findings = walk.walk(where, requestsOf);

        assertThat(findings.faults()).as("answers that break the promise").isEmpty();
        assertThat(findings.accepted()).as("state-changing calls a hostile request got through").isEmpty();
        assertThat(quietEndOffsets()).as("end offsets of every topic: no refused call published").isEqualTo(before);
        System.out.printf("Stored before the calls: %d documents in %d collections%n", stored.documents(),
                stored.collections());
        assertThat(StoredDocuments.read(stack.mongoUri()).changesSince(stored))
                .as("collections a refused call changed").isEmpty();
        return findings.operations();
    }

    /**
     * The end offset of every partition of every topic, once two readings two seconds apart agree: what the stack
     * published at start-up has then been relayed.
     *
     * @throws IllegalStateException when the offsets still move after a minute
     */
    private Map<TopicPartition, Long> quietEndOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            Map<TopicPartition, Long> last = endOffsets(admin);
            for (int reading = 0; reading < 30; reading++) {
                Thread.sleep(2_000);
                Map<TopicPartition, Long> now = endOffsets(admin);
                if (now.equals(last)) {
                    return now;
                }
                last = now;
            }
            throw new IllegalStateException("Events are still being published after a minute: " + last);
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Set<String> topics = admin.listTopics().names().get();
        Map<TopicPartition, OffsetSpec> latest = new TreeMap<>(
                java.util.Comparator.comparing(TopicPartition::toString));
        admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) -> description.partitions()
                .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()),
                        OffsetSpec.latest())));
        Map<TopicPartition, Long> offsets = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
        admin.listOffsets(latest).all().get().forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

}
