package budget.pipeline;

import budget.ingest.IngestApplication;
import budget.parse.ParseApplication;
import budget.query.QueryApplication;
import budget.support.KafkaClientFactory;
import budget.support.ServiceLauncher;
import budget.validate.ValidateApplication;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import budget.support.Originals;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** The API key the services of every test pipeline accept. */
    public static final String API_KEY = "test-api-key";

    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private final MongoClient mongo;
    private final Map<String, ConfigurableApplicationContext> byName = new LinkedHashMap<>();
    private ConfigurableApplicationContext ingest;
    private ConfigurableApplicationContext query;

    public Pipeline() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        this.topicPrefix = "t" + run + ".";
        this.database = "budget_" + run;
        this.mongo = MongoClients.create(infrastructure.mongoUri());
    }

    /**
     * Starts the four services in this JVM (the fault tests run them as processes instead: {@link
     * FaultToleranceIntegrationTests}).
     */
    public Pipeline start() {
        Map<String, Class<?>> applications = new LinkedHashMap<>();
        applications.put(IngestApplication.NAME, IngestApplication.class);
        applications.put(ParseApplication.NAME, ParseApplication.class);
        applications.put(ValidateApplication.NAME, ValidateApplication.class);
        applications.put(QueryApplication.NAME, QueryApplication.class);
        applications.forEach((name, application) -> {
            List<String> arguments = new ArrayList<>(arguments());
            if (name.equals(QueryApplication.NAME) && ingest != null) {
                // the web interface served by query-service uploads to this ingest-service
                arguments.add("--budget.query.ingest-url=" + ingestUrl());
            }
            ConfigurableApplicationContext context = ServiceLauncher.run(application, name, arguments.toArray(String[]::new));
            services.add(context);
            byName.put(name, context);
            if (name.equals(IngestApplication.NAME)) {
                ingest = context;
            } else if (name.equals(QueryApplication.NAME)) {
                query = context;
            }
        });
        return this;
    }

    private List<String> arguments() {
        return List.of(
                "--server.port=0",
                "--budget.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrap(),
                "--budget.mongo.uri=" + infrastructure.mongoUri(),
                "--budget.mongo.database=" + database,
                "--budget.topics.received=" + topic("received"),
                "--budget.topics.parsed=" + topic("parsed"),
                "--budget.topics.validated=" + topic("validated"),
                "--budget.topics.failed=" + topic("failed"),
                "--budget.topics.summaries=" + summariesTopic(),
                "--budget.topics.dead-letters.status=" + topic("status") + ".query-service.dlq",
                "--budget.security.api-keys=" + API_KEY,
                "--budget.ingest.cors-allowed-origins=http://localhost:[*]",
                // the services' own logs would drown the test report; warnings and errors still show
                "--logging.level.root=WARN",
                "--logging.level.de.bwaldvogel.mongo=ERROR",
                "--logging.level.org.apache.kafka=ERROR");
    }

    public String topic(String stage) {
        return topicPrefix + "budget.documents." + stage;
    }

    /** The compacted topic of budget summaries. */
    public String summariesTopic() {
        return topicPrefix + "budget.summaries";
    }

    public String kafkaBootstrap() {
        return infrastructure.kafkaBootstrap();
    }

    /**
     * The factory the services make their own Kafka clients with, so a test's producer has the services' settings
     * (security included) and publishes as the stages do.
     */
    public KafkaClientFactory kafkaClients() {
        if (ingest == null) {
            throw new IllegalStateException("the pipeline is not started");
        }
        return ingest.getBean(KafkaClientFactory.class);
    }

    public MongoDatabase database() {
        return mongo.getDatabase(database);
    }

    /** Stores an original in the pipeline's GridFS bucket as ingest-service does (for events published by hand). */
    public void storeOriginal(String documentId, String filename, byte[] bytes, String mediaType, String encoding) {
        Document metadata = new Document("mediaType", mediaType);
        if (encoding != null) {
            metadata.append("encoding", encoding);
        }
        GridFSBuckets.create(database(), Originals.BUCKET).uploadFromStream(new BsonString(documentId), filename,
                new ByteArrayInputStream(bytes), new GridFSUploadOptions().metadata(metadata));
    }

    public URI ingestUrl() {
        return URI.create("http://localhost:" + port(ingest));
    }

    public URI queryUrl() {
        return URI.create("http://localhost:" + port(query));
    }

    /** The base URL of a service started in this JVM. */
    public URI url(String service) {
        return URI.create("http://localhost:" + port(byName.get(service)));
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
        byName.clear();
        mongo.close();
    }
}
