package budget.validate;

import budget.events.DocumentParsed;
import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.model.validation.ValidationReport;
import budget.support.EventPublisher;
import budget.support.PipelineTopics;
import budget.validator.BudgetValidator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** One parsed budget in, one validated event out, carrying the verdict, the findings and the budget. */
@Component
class BudgetValidation {

    private static final Logger log = LoggerFactory.getLogger(BudgetValidation.class);

    private final BudgetValidator validator;
    private final EventPublisher publisher;
    private final PipelineTopics topics;
    private final MeterRegistry meters;
    private final Timer validateTime;
    private final Clock clock = Clock.systemUTC();

    BudgetValidation(BudgetValidator validator, EventPublisher publisher, PipelineTopics topics, MeterRegistry meters) {
        this.validator = validator;
        this.publisher = publisher;
        this.topics = topics;
        this.meters = meters;
        this.validateTime = Timer.builder("budget.stage.duration").tag("stage", "validate")
                .description("time to validate one budget").register(meters);
    }

    /** Validates one parsed budget and publishes the validated event. */
    void accept(Message<byte[]> message) {
        DocumentParsed parsed = EventJson.read(message.getPayload(), DocumentParsed.class);
        MDC.put("documentId", parsed.documentId());
        try {
            ValidationReport report = validateTime.record(() -> validator.validate(parsed.budget()));
            DocumentValidated event = DocumentValidated.of(parsed, report, clock.instant());
            meters.counter("budget.documents", "stage", "validated", "status", report.status().name()).increment();
            publisher.publish(topics.validated(), event, parsed.budgetKey().id());
            log.info("validated {} ({}): {} with {} errors, {} warnings", parsed.filename(), parsed.budgetKey().id(),
                    report.status(), report.errors(), report.warnings());
        } finally {
            MDC.remove("documentId");
        }
    }
}
