package budget.ingest;

import budget.support.EventPublishingConfiguration;
import budget.support.KafkaTopicsConfiguration;
import budget.support.MongoConfiguration;
import budget.support.WebSecurityConfiguration;
import budget.support.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Accepts budget documents over HTTP and publishes them to the received topic. */
@SpringBootApplication
@Import({KafkaTopicsConfiguration.class, EventPublishingConfiguration.class, MongoConfiguration.class, WebSecurityConfiguration.class})
public class IngestApplication {

    public static final String NAME = "ingest-service";

    public static void main(String[] args) {
        ServiceLauncher.run(IngestApplication.class, NAME, args);
    }
}
