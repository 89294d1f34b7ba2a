package budget.query.originals;

import budget.model.validation.ValidationFinding;
import budget.query.budgets.BudgetStore;
import budget.query.budgets.BudgetVersion;
import budget.query.documents.DocumentStatuses;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The located findings of one document (those with a page box): from the version of its budget read from it,
 * current or superseded. None while the document is not validated, or when it failed.
 */
@Component
class DocumentFindings {

    private final DocumentStatuses documents;
    private final BudgetStore budgets;

    DocumentFindings(DocumentStatuses documents, BudgetStore budgets) {
        this.documents = documents;
        this.budgets = budgets;
    }

    List<ValidationFinding> located(String documentId) {
        return documents.storedAs(documentId)
                .flatMap(key -> budgets.version(key, documentId))
                .map(BudgetVersion::report)
                .map(report -> report.findings().stream()
                        .filter(f -> f.location() != null && f.location().box() != null).toList())
                .orElse(List.of());
    }
}
