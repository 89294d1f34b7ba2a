package budget.query.storage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mongodb.MongoClientSettings;
import org.bson.BsonSerializationException;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Strings BSON is particular about (supplementary characters, a lone surrogate, a NUL) as the driver writes them. */
class BsonMappingTests {

    record Named(@JsonProperty("name") String name, @JsonProperty("amount") BigDecimal amount,
                 @JsonProperty("parts") List<String> parts) {
    }

    @Test
    void chineseTextSupplementaryCharactersAndALoneSurrogateAreTheDriversBytes() {
        Named named = new Named("上海市闵行区医疗保障局 𠀀𪚥", new BigDecimal("304763448.05"), List.of("a\uD800b", "", "x\u0000y"));

        RawBsonDocument written = BsonMapping.toBson(named);

        Document byDriver = new Document("name", named.name()).append("amount", named.amount()).append("parts", named.parts());
        assertThat(written.getByteBuffer().asNIO()).isEqualTo(new RawBsonDocument(byDriver,
                new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry())).getByteBuffer().asNIO());
        // a lone surrogate is no UTF-8: it cannot come back from BSON, with the driver's bytes as with any
        Named readable = new Named(named.name(), named.amount(), List.of("", "x\u0000y"));
        assertThat(BsonMapping.fromBson(BsonMapping.toBson(readable), Named.class)).isEqualTo(readable);
    }

    @Test
    void aNameWithANulIsRefusedAsTheDriverRefusesIt() {
        assertThatThrownBy(() -> BsonMapping.toBson(Map.of("a\u0000b", 1))).isInstanceOf(BsonSerializationException.class);
    }
}
