package budget.query.storage;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    Budgets budgets(MongoDatabase database) {
        return new Budgets(database);
    }
}
