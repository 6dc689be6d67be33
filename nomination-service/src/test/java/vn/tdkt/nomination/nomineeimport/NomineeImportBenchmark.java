package vn.tdkt.nomination.nomineeimport;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import vn.tdkt.nomination.support.NominationApiTest;

/**
 * Imports 10 000 nominees through the API (upload → preview → confirm) and prints rows/s beside a raw
 * {@code insertMany} of the very documents the confirmation wrote, on the same server in the same run. The goal is
 * a confirmation at least half the raw rate. The raw collection gets the same indexes as {@code dossiers}. Run with:
 *
 * <pre>./mvnw -o -q -pl nomination-service test -Dgroups=benchmark -Dtest=NomineeImportBenchmark</pre>
 *
 * {@code -Dbenchmark.rows=N} changes the size.
 */
@Tag("benchmark")
class NomineeImportBenchmark extends NominationApiTest {

    @Test
    void ten_thousand_nominees() throws Exception {
        clock.set(LocalDate.of(2025, 12, 1));
        run(500, 0, false); // warm-up of both paths (JIT, driver, wire server), not reported
        run(Integer.getInteger("benchmark.rows", 10_000), 1_000_000, true);
    }

    private void run(int rows, int firstId, boolean report) throws Exception {
        String batch = createBatch(own(), null);
        byte[] template = mvc.perform(get("/api/v1/nominee-imports/template").with(own())).andReturn().getResponse()
                .getContentAsByteArray();
        List<List<String>> list = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            list.add(NomineeSheets.person("Nguyễn Văn Thứ " + i, String.format(Locale.ROOT, "%02d/%02d/19%02d",
                    1 + i % 28, 1 + i % 12, 60 + i % 40), i % 2 == 0 ? "Nam" : "Nữ",
                    String.format(Locale.ROOT, "%012d", 1_000_000_000L + firstId + i), "LDTT", "BENCH-" + (firstId + i)));
        }
        byte[] xlsx = NomineeSheets.fill(template, list);

        long uploadStart = System.nanoTime();
        String preview = mvc.perform(multipart("/api/v1/nominee-imports").file(new MockMultipartFile("file",
                        "ds.xlsx", "application/octet-stream", xlsx)).param("batchId", batch).with(own()))
                .andExpect(status(201)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long uploadNanos = System.nanoTime() - uploadStart;
        assertThat((Integer) JsonPath.read(preview, "$.valid")).isEqualTo(rows);

        String importId = JsonPath.read(preview, "$.id");
        long confirmStart = System.nanoTime();
        mvc.perform(post("/api/v1/nominee-imports/" + importId + "/confirm").with(own())).andExpect(status(200));
        long confirmNanos = System.nanoTime() - confirmStart;
        assertThat(mongo.getCollection("dossiers").countDocuments(new Document(path("batchId"), batch)))
                .isEqualTo(rows);

        // the same documents, as the confirmation wrote them, inserted raw into a fresh collection
        List<Document> written = mongo.find(Query.query(Criteria.where(path("batchId")).is(batch)),
                Document.class, "dossiers");
        List<Document> copies = new ArrayList<>(written.size());
        for (Document d : written) {
            Document copy = new Document(d);
            copy.put("_id", new ObjectId().toHexString());
            copies.add(copy);
        }
        mongo.getCollection("bench_raw").drop();
        // the same indexes as the dossiers collection, so the baseline pays what the import pays per document
        for (Document index : mongo.getCollection("dossiers").listIndexes()) {
            if (!"_id_".equals(index.getString("name"))) {
                mongo.getCollection("bench_raw").createIndex((Document) index.get("key"),
                        new com.mongodb.client.model.IndexOptions().name(index.getString("name")));
            }
        }
        long rawStart = System.nanoTime();
        for (int from = 0; from < copies.size(); from += 1_000) {
            mongo.getCollection("bench_raw").insertMany(copies.subList(from, Math.min(copies.size(), from + 1_000)));
        }
        long rawNanos = System.nanoTime() - rawStart;
        mongo.getCollection("bench_raw").drop();

        if (!report) {
            return;
        }
        double confirmRate = rows / (confirmNanos / 1e9);
        double rawRate = rows / (rawNanos / 1e9);
        double endToEnd = rows / ((uploadNanos + confirmNanos) / 1e9);
        System.out.printf(Locale.ROOT, "%nnominee import, %d rows%n", rows);
        System.out.printf(Locale.ROOT, "  upload + preview (parse, check, rules, duplicates): %8.0f ms  %8.0f rows/s%n",
                uploadNanos / 1e6, rows / (uploadNanos / 1e9));
        System.out.printf(Locale.ROOT, "  confirm (all or nothing)                          : %8.0f ms  %8.0f rows/s%n",
                confirmNanos / 1e6, confirmRate);
        System.out.printf(Locale.ROOT, "  raw insertMany of the same documents              : %8.0f ms  %8.0f rows/s%n",
                rawNanos / 1e6, rawRate);
        System.out.printf(Locale.ROOT, "  confirm / raw = %.2f (goal >= 0.50); end to end %.0f rows/s%n%n",
                confirmRate / rawRate, endToEnd);
    }
}
