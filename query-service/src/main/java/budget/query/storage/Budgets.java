package budget.query.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Read access to the budgets collection for the query features: runs a pipeline and maps each result. */
public final class Budgets {

    private final MongoCollection<Document> collection;

    public Budgets(MongoDatabase database) {
        this.collection = database.getCollection("budgets");
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    public <T> List<T> aggregate(List<Bson> pipeline, Function<Document, T> mapping) {
        List<T> out = new ArrayList<>();
        for (Document document : collection.aggregate(pipeline)) {
            out.add(mapping.apply((Document) BsonMapping.plainDocument(document)));
        }
        return out;
    }
}
