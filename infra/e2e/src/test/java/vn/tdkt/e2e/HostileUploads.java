package vn.tdkt.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tdkt.localstack.LocalStack;

/**
 * Sends every {@link HostileFiles} file to every operation that reads an uploaded file's content (a plan, ratings,
 * the award register, a nominee list), as a caller who may upload there, as a multipart file and, where the operation
 * also takes the file as the body, as the body itself. Uploads that store a file without reading it (dossier
 * documents, report submissions, written votes) only check its type by its content; the walks cover them.
 */
final class HostileUploads {

    /** An operation that reads what is uploaded, the demo client that may call it and the form fields it needs. */
    private record Upload(String service, String client, String path, Map<String, String> fields, boolean asBody) {
    }

    private final LocalStack stack;

    HostileUploads(LocalStack stack) {
        this.stack = stack;
    }

    /**
     * @return what is wrong with the answers: a server error, no answer within the client's 30 s, an accepted file,
     *         or a refusal that is not a problem with a code
     */
    List<String> send() {
        Api.Response batch = api("nomination-service", "sgddt").post("/api/v1/batches", Map.of(
                "title", "Đợt kiểm thử tệp xấu", "reference", "16/TTr-SGDĐT", "year", 2026));
        if (batch.status() != 201) {
            return List.of("the nominee list's batch was not created: " + batch.raw());
        }
        List<Upload> uploads = List.of(
                new Upload("plan-service", "snv", "/api/v1/plan-imports", Map.of(), true),
                new Upload("nomination-service", "snv", "/api/v1/ratings/imports", Map.of(), false),
                new Upload("nomination-service", "snv", "/api/v1/award-register/imports", Map.of(), false),
                new Upload("nomination-service", "sgddt", "/api/v1/nominee-imports",
                        Map.of("batchId", batch.body().path("id").asString()), false));
        List<String> faults = new ArrayList<>();
        Map<String, Integer> answers = new TreeMap<>();
        long started = System.nanoTime();
        HostileFiles.all().forEach((what, file) -> {
            for (Upload upload : uploads) {
                Api api = api(upload.service(), upload.client());
                String call = upload.service() + " " + upload.path() + " ← " + what;
                judge(call + " (multipart)", answers, faults, () -> api.postFile(upload.path(), file.name(),
                        file.mediaType(), file.bytes(), upload.fields(), Map.of()));
                if (upload.asBody()) {
                    judge(call + " (body)", answers, faults,
                            () -> api.postContent(upload.path(), file.mediaType(), file.bytes()));
                }
            }
        });
        System.out.printf("Hostile files: %d calls in %d s: %s%n", answers.values().stream().mapToInt(i -> i).sum(),
                (System.nanoTime() - started) / 1_000_000_000L, answers);
        return faults;
    }

    private static void judge(String call, Map<String, Integer> answers, List<String> faults,
            java.util.function.Supplier<Api.Response> send) {
        Api.Response answer;
        try {
            answer = send.get();
        } catch (IllegalStateException noAnswer) {
            answers.merge("no answer", 1, Integer::sum);
            faults.add(call + ": " + noAnswer.getMessage());
            return;
        }
        answers.merge(String.valueOf(answer.status()), 1, Integer::sum);
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.status() >= 500 || answer.status() < 400) {
            faults.add(call + ": " + answer.status() + " " + abbreviate(answer.raw()));
        } else if (!type.startsWith("application/problem+json") || answer.body() == null
                || answer.body().path("code").asString("").isBlank()) {
            faults.add(call + ": " + answer.status() + " is not a problem with a code: " + abbreviate(answer.raw()));
        }
    }

    private Api api(String service, String client) {
        return new Api(stack.serviceUrl(service), stack.token(client));
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
