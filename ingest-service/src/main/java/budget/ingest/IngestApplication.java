package budget.ingest;

import budget.parser.pdf.PdfLimits;
import budget.support.EventPublishingConfiguration;
import budget.support.KafkaTopicsConfiguration;
import budget.support.MongoConfiguration;
import budget.support.WebSecurityConfiguration;
import budget.support.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** Accepts budget documents (PDF or text) over HTTP, stores them and publishes them to the received topic. */
@SpringBootApplication
@Import({KafkaTopicsConfiguration.class, EventPublishingConfiguration.class, MongoConfiguration.class, WebSecurityConfiguration.class})
public class IngestApplication {

    public static final String NAME = "ingest-service";

    public static void main(String[] args) {
        ServiceLauncher.run(IngestApplication.class, NAME, args);
    }

    /** The limits a PDF's pages are counted within at upload (budget.ingest.pdf.*). */
    @Bean
    PdfLimits pdfLimits(Environment environment) {
        return Binder.get(environment).bind("budget.ingest.pdf", PdfLimits.class).orElseGet(PdfLimits::defaults);
    }
}
