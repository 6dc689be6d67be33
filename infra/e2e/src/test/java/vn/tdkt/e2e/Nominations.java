package vn.tdkt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A unit's proposal as a department's system would make it over HTTP, up to an appraised dossier: a Giấy khen
 * (certificate of merit) for a person, with the two documents its catalogue entry requires (tờ trình and báo cáo
 * thành tích, R-DOS-01), submitted, assigned and appraised eligible by Sở Nội vụ. Each step is one REST write, and
 * submit, assign and appraise each publish one event (dossier-submitted, -assigned, -appraised).
 */
public final class Nominations {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String AWARD = "GIAY_KHEN";
    /** Events one {@link #appraised} dossier publishes. */
    public static final int EVENTS_PER_DOSSIER = 3;
    /** The smallest well-formed PDF: the service checks a document's type by its bytes. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
            + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /**
     * The smallest Word document the service recognises by its parts (a ZIP package with {@code word/document.xml}):
     * forms decided above the province need the báo cáo thành tích in Word as well as PDF (R-DOS-02).
     */
    static final byte[] DOCX = docx();

    private final Api unit;
    private final Api snv;

    public Nominations(Api unit, Api snv) {
        this.unit = unit;
        this.snv = snv;
    }

    /** A draft with its documents; returns the dossier id. Every write carries an Idempotency-Key so a retry is safe. */
    public String draft(String name) {
        String key = UUID.randomUUID().toString();
        Api.Response created = retrying(() -> unit.post("/api/v1/dossiers", Map.of(
                "subject", Map.of("type", "INDIVIDUAL", "name", name, "dateOfBirth", "1985-03-02",
                        "gender", "FEMALE", "position", "Giáo viên"),
                "proposal", Map.of("awardCode", AWARD, "year", LocalDate.now(ZONE).getYear()),
                "achievement", Map.of("summary", "Hoàn thành tốt nhiệm vụ năm học",
                        // the whole key: eight hex digits collided (R-GEN-01) within a long benchmark's 10 000 dossiers
                        "achievementId", "GK-" + key)),
                Map.of("Idempotency-Key", "create-" + key)));
        assertThat(created.status()).as("create dossier: %s", created.raw()).isEqualTo(201);
        String id = created.body().path("id").asText();
        for (String kind : List.of("TO_TRINH", "BAO_CAO_THANH_TICH")) {
            Api.Response uploaded = retrying(() -> unit.postFile("/api/v1/dossiers/" + id + "/documents",
                    kind.toLowerCase() + ".pdf", "application/pdf", PDF, Map.of("kind", kind),
                    Map.of("Idempotency-Key", kind + "-" + key)));
            assertThat(uploaded.status()).as("upload %s: %s", kind, uploaded.raw()).isIn(200, 201);
        }
        return id;
    }

    public String submit(String id) {
        transition(unit, id, "/submit", null, Map.of(), "SUBMITTED", "UNDER_APPRAISAL", "APPRAISED_ELIGIBLE");
        return id;
    }

    public void assign(String id) {
        transition(snv, id, "/assign", Map.of(), Map.of(), "UNDER_APPRAISAL", "APPRAISED_ELIGIBLE");
    }

    public void appraise(String id) {
        appraise(id, Map.of());
    }

    /** Appraises eligible; {@code headers} are sent along (e.g. a {@code traceparent} to follow). */
    public void appraise(String id, Map<String, String> headers) {
        transition(snv, id, "/appraisal", Map.of("outcome", "ELIGIBLE", "reasons", List.of("Đủ tiêu chuẩn Giấy khen")),
                headers, "APPRAISED_ELIGIBLE");
    }

    /** Draft, submit, assign, appraise: the dossier ends appraised eligible, after {@value #EVENTS_PER_DOSSIER} events. */
    public String appraised(String name) {
        String id = submit(draft(name));
        assign(id);
        appraise(id);
        return id;
    }

    /**
     * A unit's proposal of any form and subject: {@code dossier} is the body {@code POST /api/v1/dossiers} takes; one
     * file per document kind is attached (PDF; the báo cáo thành tích in Word; the biên bản bình xét with its unit's
     * vote, 9 of 10), then it is submitted.
     * Returns the dossier id.
     */
    public String proposed(Map<String, Object> dossier, List<String> documentKinds) {
        String key = UUID.randomUUID().toString();
        Api.Response created = retrying(() -> unit.post("/api/v1/dossiers", dossier,
                Map.of("Idempotency-Key", "create-" + key)));
        assertThat(created.status()).as("create dossier: %s", created.raw()).isEqualTo(201);
        String id = created.body().path("id").asText();
        for (String kind : documentKinds) {
            Map<String, String> fields = kind.equals("BIEN_BAN_BINH_XET")
                    ? Map.of("kind", kind, "voteApprovals", "9", "voteTotal", "10") : Map.of("kind", kind);
            boolean word = kind.equals("BAO_CAO_THANH_TICH");
            Api.Response uploaded = retrying(() -> unit.postFile("/api/v1/dossiers/" + id + "/documents",
                    kind.toLowerCase() + (word ? ".docx" : ".pdf"),
                    word ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                            : "application/pdf", word ? DOCX : PDF, fields,
                    Map.of("Idempotency-Key", kind + "-" + key)));
            assertThat(uploaded.status()).as("upload %s: %s", kind, uploaded.raw()).isIn(200, 201);
        }
        return submit(id);
    }

    /** Assigned, then appraised with no outcome given: Sở Nội vụ takes the rules engine's finding. */
    public void appraisedByRules(String id) {
        assign(id);
        transition(snv, id, "/appraisal", Map.of(), Map.of(), "APPRAISED_ELIGIBLE", "APPRAISED_NOT_ELIGIBLE");
    }

    /**
     * One state change with its Idempotency-Key. A 409 "illegal transition" after retries means an earlier attempt
     * did change the dossier but its answer was lost with its process (the service was killed mid-request, or its
     * database went away before the key was completed; the key is taken over after a while and the request runs
     * again): as a department's system would, read the dossier and accept it when it is where the step leads.
     */
    private void transition(Api api, String id, String action, Object body, Map<String, String> headers,
            String... reachedStatuses) {
        Map<String, String> withKey = new java.util.HashMap<>(headers);
        withKey.put("Idempotency-Key", action.substring(1) + "-" + id);
        Api.Response answer = retrying(() -> api.post("/api/v1/dossiers/" + id + action, body, withKey));
        if (answer.status() == 409 && answer.body() != null
                && "dossier.illegal-transition".equals(answer.body().path("code").asText())) {
            Api.Response current = retrying(() -> api.get("/api/v1/dossiers/" + id));
            String status = current.body() == null ? "" : current.body().path("status").asText();
            assertThat(Set.of(reachedStatuses)).as("%s %s answered %s, and the dossier is %s", action, id,
                    answer.raw(), status).contains(status);
            return;
        }
        assertThat(answer.status()).as("%s: %s", action, answer.raw()).isEqualTo(200);
    }

    /**
     * Retries a write that failed for a reason outside the request (a 5xx while MongoDB or Kafka restarts, a refused
     * connection while a service restarts), with the same Idempotency-Key, so it happens once.
     */
    public static Api.Response retrying(java.util.function.Supplier<Api.Response> call) {
        RuntimeException failure = null;
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                Api.Response response = call.get();
                if (!transientFailure(response)) {
                    return response;
                }
                failure = new IllegalStateException("still failing: " + response.status() + " " + response.raw());
            } catch (RuntimeException e) {
                failure = e;
            }
            sleep(1_000);
        }
        throw failure;
    }

    /** 5xx, or a 409 that says "try again" (a concurrent update, or the same key still being processed). */
    private static boolean transientFailure(Api.Response response) {
        if (response.status() >= 500) {
            return true;
        }
        String code = response.body() == null ? "" : response.body().path("code").asText("");
        return response.status() == 409 && (code.equals("concurrent.update") || code.equals("idempotency.in-progress"));
    }

    private static byte[] docx() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (String part : List.of("[Content_Types].xml", "word/document.xml")) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part));
                zip.write("<w/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
