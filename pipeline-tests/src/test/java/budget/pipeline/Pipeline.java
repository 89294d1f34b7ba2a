package budget.pipeline;

import budget.ingest.IngestApplication;
import budget.parse.ParseApplication;
import budget.query.QueryApplication;
import budget.support.ServiceLauncher;
import budget.validate.ValidateApplication;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The four services, started in this JVM as four Spring Boot applications on random ports against
 * {@link Infrastructure}. Each pipeline gets its own topic names and database, so tests never see each
 * other's documents.
 */
public final class Pipeline implements AutoCloseable {

    private final String topicPrefix;
    private final String database;
    private final Infrastructure infrastructure = Infrastructure.get();
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private final MongoClient mongo;
    private ConfigurableApplicationContext ingest;
    private ConfigurableApplicationContext query;

    public Pipeline() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        this.topicPrefix = "t" + run + ".";
        this.database = "budget_" + run;
        this.mongo = MongoClients.create(infrastructure.mongoUri());
    }

    public Pipeline start() {
        ingest = start(IngestApplication.class, IngestApplication.NAME);
        start(ParseApplication.class, ParseApplication.NAME);
        start(ValidateApplication.class, ValidateApplication.NAME);
        query = start(QueryApplication.class, QueryApplication.NAME);
        return this;
    }

    private ConfigurableApplicationContext start(Class<?> application, String name) {
        ConfigurableApplicationContext context = ServiceLauncher.run(application, name,
                "--server.port=0",
                "--budget.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrap(),
                "--budget.mongo.uri=" + infrastructure.mongoUri(),
                "--budget.mongo.database=" + database,
                "--budget.topics.received=" + topic("received"),
                "--budget.topics.parsed=" + topic("parsed"),
                "--budget.topics.validated=" + topic("validated"),
                "--budget.topics.failed=" + topic("failed"),
                "--spring.cloud.stream.kafka.bindings.track-in-0.consumer.dlq-name=" + topic("status") + ".query-service.dlq");
        services.add(context);
        return context;
    }

    public String topic(String stage) {
        return topicPrefix + "budget.documents." + stage;
    }

    public String kafkaBootstrap() {
        return infrastructure.kafkaBootstrap();
    }

    public MongoDatabase database() {
        return mongo.getDatabase(database);
    }

    public URI ingestUrl() {
        return URI.create("http://localhost:" + port(ingest));
    }

    public URI queryUrl() {
        return URI.create("http://localhost:" + port(query));
    }

    private static String port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
        mongo.close();
    }
}
