package budget.query.originals;

import budget.model.BudgetKey;
import budget.model.validation.ValidationFinding;
import budget.query.budgets.BudgetStore;
import budget.query.budgets.BudgetVersion;
import budget.query.documents.DocumentStatusStore;
import budget.query.storage.BsonMapping;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The located findings of one document (those with a page box): from the version of its budget read from it,
 * current or superseded. None while the document is not validated, or when it failed.
 */
@Component
class DocumentFindings {

    private final DocumentStatusStore documents;
    private final BudgetStore budgets;

    DocumentFindings(DocumentStatusStore documents, BudgetStore budgets) {
        this.documents = documents;
        this.budgets = budgets;
    }

    List<ValidationFinding> located(String documentId) {
        Document validated = documents.find(documentId)
                .map(status -> status.get("stages", Document.class))
                .map(stages -> stages.get("validated", Document.class))
                .orElse(null);
        if (validated == null || validated.get("budgetKey", Document.class) == null) {
            return List.of();
        }
        BudgetKey key = BsonMapping.fromDocument(validated.get("budgetKey", Document.class), BudgetKey.class);
        return budgets.version(key, documentId).map(BudgetVersion::report)
                .map(report -> report.findings().stream()
                        .filter(f -> f.location() != null && f.location().box() != null).toList())
                .orElse(List.of());
    }
}
