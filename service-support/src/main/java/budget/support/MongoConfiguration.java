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

import java.util.concurrent.TimeUnit;

/**
 * The MongoDB client for the services that store or read (ingest: uploads and originals; parse: originals; query:
 * budgets and documents, originals), with a
 * health indicator so /actuator/health reports the store. Plain driver, no repository abstraction: the
 * services' own classes say exactly which operations run.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${budget.mongo.uri}") String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
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
