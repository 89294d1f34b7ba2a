package budget.support;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The MongoDB client for the services that store or read (ingest: uploads and originals; parse: originals; query:
 * budgets and documents, originals), with a
 * health indicator so /actuator/health reports the store. Plain driver, no repository abstraction: the
 * services' own classes say exactly which operations run.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    /**
     * An operation waits up to {@code serverSelectionTimeout} for a server to take it, so a store that restarts (or a
     * replica set electing a primary) is ridden through by each try of a stage instead of failing it at once: a
     * standalone server gets no retryable writes, so with a short wait a restart of 20 s exhausts a stage's tries
     * and dead-letters what it was storing.
     */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${budget.mongo.uri}") String uri,
                            @Value("${budget.mongo.server-selection-timeout:30s}") Duration serverSelectionTimeout) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(serverSelectionTimeout.toMillis(), TimeUnit.MILLISECONDS))
                .build());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, @Value("${budget.mongo.database}") String database) {
        return client.getDatabase(database);
    }

    /** The stored originals, read side (ingest-service writes them). */
    @Bean
    Originals originals(MongoDatabase database) {
        return new Originals(database);
    }

    @Bean
    HealthIndicator mongo(MongoDatabase database) {
        return () -> {
            try {
                database.runCommand(new Document("ping", 1));
                return Health.up().withDetail("database", database.getName()).build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }
}
