package budget.cli.client;

import budget.events.EventJson;
import budget.parser.BudgetDocuments;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The pipeline's HTTP API as the launcher uses it: upload documents, follow their status. */
public final class PipelineClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI ingest;
    private final URI query;
    private final String apiKey;

    public PipelineClient(URI ingest, URI query, String apiKey) {
        this.ingest = ingest;
        this.query = query;
        this.apiKey = apiKey;
    }

    /** One uploaded document as the ingest service acknowledged it. */
    public record Receipt(String documentId, String filename, boolean duplicate, String mediaType) {
    }

    /** Uploads the files in one multipart request; returns a receipt per file, in order. */
    public List<Receipt> upload(List<Path> files) throws IOException, InterruptedException {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (Path file : files) {
            documents.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        return upload(documents);
    }

    /** Uploads documents (file name → bytes) in one multipart request; returns a receipt per document, in order. */
    public List<Receipt> upload(Map<String, byte[]> documents) throws IOException, InterruptedException {
        String boundary = "budget-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var document : documents.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + document.getKey() + "\"\r\nContent-Type: " + BudgetDocuments.mediaType(document.getValue())
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(document.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(ingest.resolve("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-API-Key", apiKey)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 202) {
            throw new IOException("upload refused (" + response.statusCode() + "): " + response.body());
        }
        List<Receipt> receipts = new ArrayList<>();
        for (JsonNode document : EventJson.mapper().readTree(response.body()).path("documents")) {
            receipts.add(new Receipt(document.path("documentId").asString(), document.path("filename").asString(),
                    document.path("duplicate").asBoolean(), document.path("mediaType").asString(null)));
        }
        return receipts;
    }

    /** GET on the query service with the API key; the body, or an IOException naming the status. */
    public String get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(query.resolve(path)).header("Accept", accept)
                .header("X-API-Key", apiKey).timeout(Duration.ofSeconds(60)).GET().build();
        return body(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** POST of a JSON body on the query service with the API key. */
    public String post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(query.resolve(path)).header("Content-Type", "application/json")
                .header("X-API-Key", apiKey).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return body(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private static String body(HttpResponse<String> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IOException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The document's status view, or empty while the pipeline has not seen it. */
    public Optional<JsonNode> status(String documentId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(query.resolve("/api/documents/" + documentId))
                .timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("status of " + documentId + " failed (" + response.statusCode() + "): " + response.body());
        }
        return Optional.of(EventJson.mapper().readTree(response.body()));
    }
}
