package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.query.documents.DocumentStatusStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Consumes validated events: the budget record first, then the document's status. If the process dies
 * between the two, the redelivered event finds the budget stored (no change) and completes the status.
 */
@Component
public class BudgetStoring {

    private static final Logger log = LoggerFactory.getLogger(BudgetStoring.class);

    private final BudgetStore budgets;
    private final DocumentStatusStore documents;
    private final MeterRegistry meters;

    BudgetStoring(BudgetStore budgets, DocumentStatusStore documents, MeterRegistry meters) {
        this.budgets = budgets;
        this.documents = documents;
        this.meters = meters;
    }

    public void accept(byte[] payload) {
        DocumentValidated event = EventJson.read(payload, DocumentValidated.class);
        MDC.put("documentId", event.documentId());
        try {
            boolean changed = budgets.store(event);
            documents.validated(event);
            meters.counter("budget.documents", "stage", "stored", "changed", String.valueOf(changed)).increment();
            if (changed) {
                meters.timer("budget.stored.latency").record(Duration.between(event.receivedAt(), Instant.now()));
            }
            log.info("stored {} as {} ({}){}", event.filename(), event.budgetKey().id(), event.report().status(),
                    changed ? "" : ", already stored");
        } finally {
            MDC.remove("documentId");
        }
    }
}
