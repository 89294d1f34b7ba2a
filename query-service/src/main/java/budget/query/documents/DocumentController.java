package budget.query.documents;

import budget.events.DocumentReceived;
import budget.query.storage.BsonMapping;
import budget.query.web.BadRequest;
import budget.query.web.NotFound;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/documents/{id}: where a document is in the pipeline and, when it failed or waits in a dead letter, at
 * which stage and why, with links to its original (and, for a PDF, its
 * pages and annotated copy) and to its budget once stored.
 */
@RestController
class DocumentController {

    /** Documents one status request may ask for (the web page follows at most a drop of files at once). */
    private static final int MAX_IDS = 100;

    private final DocumentStatusStore documents;
    private final String publicBaseUrl;

    DocumentController(DocumentStatusStore documents, @Value("${budget.query.public-base-url}") String publicBaseUrl) {
        this.documents = documents;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /** How many documents are in each status: what a client that follows many documents (the bench) waits on. */
    @GetMapping("/api/documents/statuses")
    Map<String, Long> statuses() {
        return documents.countByStatus();
    }

    @GetMapping("/api/documents/{documentId}")
    Map<String, Object> document(@PathVariable String documentId) {
        if (!isDocumentId(documentId)) {
            throw new NotFound("no document " + documentId + " (document ids are 64 hex digits, the SHA-256 of the upload)");
        }
        Document stored = documents.find(documentId)
                .orElseThrow(() -> new NotFound("no document " + documentId + " has reached any stage (an upload"
                        + " accepted a moment ago is tracked once its received event is read)"));
        return view(documentId, stored);
    }

    /**
     * The statuses of those of the given documents that have reached a stage, in the order asked: what a client
     * following uploads it has just made polls (the web page), since an upload accepted a moment ago is tracked
     * only once its received event is read, and a 404 would say "no such document".
     */
    @GetMapping("/api/documents")
    List<Map<String, Object>> documents(@RequestParam("ids") List<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new BadRequest("ids", "at most " + MAX_IDS + " document ids per request, not " + ids.size());
        }
        List<Map<String, Object>> views = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (!isDocumentId(id)) {
                throw new BadRequest("ids", "'" + id + "' is not a document id (64 hex digits, the SHA-256 of the upload)");
            }
            documents.find(id).ifPresent(stored -> views.add(view(id, stored)));
        }
        return views;
    }

    private static boolean isDocumentId(String id) {
        return id.matches("[0-9a-f]{64}");
    }

    private Map<String, Object> view(String documentId, Document stored) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("documentId", documentId);
        view.put("filename", stored.getString("filename"));
        view.put("status", stored.getString("status"));
        Document stages = stored.get("stages", new Document());
        view.put("stages", BsonMapping.plain(stages));
        // why it is where it is: the failure, or the dead letter it waits in
        Document failed = stages.get("failed", Document.class);
        Document deadLettered = stages.get("deadLettered", Document.class);
        if (DocumentStatus.FAILED.name().equals(stored.getString("status")) && failed != null) {
            view.put("stage", failed.getString("stage"));
            view.put("reason", failed.getString("reason"));
        } else if (DocumentStatus.DEAD_LETTERED.name().equals(stored.getString("status")) && deadLettered != null) {
            view.put("stage", deadLettered.getString("stage"));
            view.put("reason", deadLettered.getString("reason"));
            view.put("deadLetter", deadLettered.getString("id"));
        }
        Document received = stages.get("received", Document.class);
        String mediaType = received == null ? null : received.getString("mediaType");
        if (mediaType != null) {
            view.put("mediaType", mediaType);
            view.put("originalUrl", publicBaseUrl + "/api/documents/" + documentId + "/original");
        }
        if (DocumentReceived.PDF.equals(mediaType)) {
            view.put("pageCount", received.getInteger("pageCount"));
            view.put("pageUrl", publicBaseUrl + "/api/documents/" + documentId + "/pages/{page}.png");
            view.put("annotatedUrl", publicBaseUrl + "/api/documents/" + documentId + "/annotated.pdf");
        }
        Document validated = stages.get("validated", Document.class);
        if (validated != null) {
            Document key = validated.get("budgetKey", Document.class);
            view.put("validationStatus", validated.getString("validationStatus"));
            view.put("budgetUrl", publicBaseUrl + "/api/budgets/"
                    + URLEncoder.encode(key.getString("departmentKey"), StandardCharsets.UTF_8).replace("+", "%20")
                    + "/" + key.getInteger("year") + "?kind=" + key.getString("kind"));
        }
        return view;
    }
}
