package budget.query.budgets;

import budget.events.DocumentFailed;
import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.support.DocumentFailures;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Consumes validated events into the read model, then tells the rest of the service ({@link BudgetStored}): at once,
 * or for budgets new to the store once the poll's new budgets are written together at its end. If the process dies
 * in between, the redelivered event finds the budget stored (no change) and tells it again. A validated
 * event the read model cannot store whatever it tries (one without its budget or report, a record the store refuses
 * as it is) is a failed event with stage STORE naming the document and the reason; a malformed event, or MongoDB
 * not answering, is left to the binder's retries and dead letter.
 */
@Component
public class BudgetStoring {

    private static final Logger log = LoggerFactory.getLogger(BudgetStoring.class);

    /** The failure codes of this stage: an event without what a record needs; a record the store refuses. */
    static final String INCOMPLETE_EVENT = "INCOMPLETE_EVENT";
    static final String NOT_STORABLE = "NOT_STORABLE";

    private final BudgetStore budgets;
    private final ApplicationEventPublisher events;
    private final DocumentFailures failures;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    BudgetStoring(BudgetStore budgets, ApplicationEventPublisher events, DocumentFailures failures, MeterRegistry meters) {
        this.budgets = budgets;
        this.events = events;
        this.failures = failures;
        this.meters = meters;
    }

    public void accept(byte[] payload) {
        DocumentValidated event = EventJson.read(payload, DocumentValidated.class);
        if (event.documentId() == null) {
            // nothing to name the failure after: retried, then dead-lettered with this reason
            throw new IllegalArgumentException("a validated event without a document id (event " + event.eventId() + ")");
        }
        MDC.put("documentId", event.documentId());
        try {
            String missing = missing(event);
            if (missing != null) {
                fail(event, INCOMPLETE_EVENT, "the validated event of " + event.filename() + " (document "
                        + event.documentId() + ") has no " + missing);
                return;
            }
            Optional<Boolean> changed;
            try {
                changed = budgets.store(event, later -> stored(event, later));
            } catch (RuntimeException e) {
                if (retryable(e)) {
                    throw e;
                }
                fail(event, NOT_STORABLE, "the budget of " + event.filename() + " (document " + event.documentId()
                        + ") cannot be stored: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                return;
            }
            changed.ifPresent(now -> stored(event, now));
        } finally {
            MDC.remove("documentId");
        }
    }

    /** The budget is stored (now, or with the poll's other new budgets at its end): tell the rest of the service. */
    private void stored(DocumentValidated event, boolean changed) {
        events.publishEvent(new BudgetStored(event, changed, clock.instant()));
        meters.counter("budget.documents", "stage", "stored", "changed", String.valueOf(changed)).increment();
        if (changed) {
            meters.timer("budget.stored.latency").record(Duration.between(event.receivedAt(), Instant.now()));
        }
        log.info("stored {} as {} ({}){}", event.filename(), event.budgetKey().id(), event.report().status(),
                changed ? "" : ", already stored");
    }

    /** What a budget record needs that the event lacks, or null. */
    private static String missing(DocumentValidated event) {
        if (event.budgetKey() == null) {
            return "budget key";
        }
        if (event.report() == null || event.report().status() == null) {
            return "validation report";
        }
        if (event.budget() == null || event.budget().metadata() == null) {
            return "budget";
        }
        return event.receivedAt() == null ? "receivedAt" : null;
    }

    /**
     * MongoDB not answering, writes racing, a stored record it cannot read (retried by the binder, then
     * dead-lettered, and replayed once the store is repaired); anything else is the
     * event's own, the same on every try: a write the server refuses for the document's content, a record that
     * cannot be encoded (larger than 16 MiB, say), the read model's code failing on it.
     */
    static boolean retryable(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoWriteException write) {
                return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
            }
            if (cause instanceof MongoException || cause instanceof BudgetStore.Contended
                    || cause instanceof BudgetStore.Unreadable) {
                return true;
            }
        }
        return false;
    }

    private void fail(DocumentValidated event, String code, String reason) {
        failures.fail(event.documentId(), event.filename(), DocumentFailed.Stage.STORE, code, reason);
    }
}
