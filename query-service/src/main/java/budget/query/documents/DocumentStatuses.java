package budget.query.documents;

import budget.model.BudgetKey;
import budget.query.storage.BsonMapping;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * What the other features of query-service may ask the status tracker (the operator console its counts, the page
 * renderer a document's budget); its collection is its own.
 */
@Component
public class DocumentStatuses {

    private final DocumentStatusStore documents;

    DocumentStatuses(DocumentStatusStore documents) {
        this.documents = documents;
    }

    /** How many documents are in each status. */
    public Map<String, Long> countByStatus() {
        return documents.countByStatus();
    }

    /** The budget a document was validated and stored as; empty while it is not. */
    public Optional<BudgetKey> storedAs(String documentId) {
        return documents.find(documentId)
                .map(status -> status.get("stages", Document.class))
                .map(stages -> stages.get("validated", Document.class))
                .map(validated -> validated.get("budgetKey", Document.class))
                .map(key -> BsonMapping.fromDocument(key, BudgetKey.class));
    }
}
