package budget.parse;

import budget.parser.BudgetDocuments;
import budget.parser.pdf.PdfLimits;
import budget.support.DocumentFailures;
import budget.support.EventPublishingConfiguration;
import budget.support.KafkaTopicsConfiguration;
import budget.support.PollBatchConfiguration;
import budget.support.MongoConfiguration;
import budget.support.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Reads each received document (its original from GridFS) into a budget: received → parsed (or failed). */
@SpringBootApplication
@Import({KafkaTopicsConfiguration.class, EventPublishingConfiguration.class, DocumentFailures.class, MongoConfiguration.class,
        PollBatchConfiguration.class})
public class ParseApplication {

    public static final String NAME = "parse-service";

    public static void main(String[] args) {
        ServiceLauncher.run(ParseApplication.class, NAME, args);
    }

    /** What one PDF may cost the reader (budget.parse.pdf.*). */
    @Bean
    PdfLimits pdfLimits(Environment environment) {
        return Binder.get(environment).bind("budget.parse.pdf", PdfLimits.class).orElseGet(PdfLimits::defaults);
    }

    @Bean
    BudgetDocuments budgetDocuments(PdfLimits limits) {
        return new BudgetDocuments(limits);
    }

    /**
     * Bound as parse-in-0 (received topic); publishes to the parsed or failed topic itself. A Consumer, not a
     * Function: Spring Cloud Function parses every Function's input and output as JSON again only to see
     * whether it is a batch (see EventPublisher).
     */
    @Bean
    Consumer<Message<byte[]>> parse(DocumentParsing parsing) {
        return parsing::accept;
    }
}
