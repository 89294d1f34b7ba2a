package budget.stack;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store keeps the bytes an inserted document arrived as ({@link InsertedBytes}). */
class InsertedBytesTests {

    @TempDir
    Path dir;

    @Test
    void theDecoderRemembersTheBytesOfEachInsertedDocumentThatArrivesWithAnId() {
        Document named = new Document("_id", "a").append("amount", 12.5).append("lines", List.of("x", "y"));
        Document unnamed = new Document("n", 1);
        EmbeddedChannel channel = new EmbeddedChannel(new InsertedBytes.Decoder());

        channel.writeInbound(insert("budgets", bson(named), bson(unnamed)));

        MongoMessage message = channel.readInbound();
        @SuppressWarnings("unchecked")
        List<Object> documents = (List<Object>) message.getDocument().get("documents");
        assertThat(documents).containsExactly(named, unnamed);
        assertThat(InsertedBytes.take((Document) documents.get(0))).isEqualTo(bson(named));
        assertThat(InsertedBytes.take((Document) documents.get(0))).as("once").isNull();
        // the server adds an _id to this one before storing it: its bytes would not say so
        assertThat(InsertedBytes.take((Document) documents.get(1))).isNull();
        // an equal document that did not arrive is not the one that did
        assertThat(InsertedBytes.take(new Document("_id", "a").append("amount", 12.5).append("lines", List.of("x", "y"))))
                .isNull();
    }

    @Test
    void whatARequestDidNotStoreIsForgottenWhenTheNextOneArrives() {
        EmbeddedChannel channel = new EmbeddedChannel(new InsertedBytes.Decoder());
        channel.writeInbound(insert("budgets", bson(new Document("_id", "a"))));
        Document first = (Document) ((List<?>) ((MongoMessage) channel.readInbound()).getDocument().get("documents")).get(0);

        channel.writeInbound(insert("budgets", bson(new Document("_id", "b"))));

        assertThat(InsertedBytes.take(first)).isNull();
    }

    @Test
    void insertedDocumentsOfEveryKindAreReadBackAsSentAndAfterARestart() {
        Path file = dir.resolve("budget.mv");
        List<org.bson.Document> sent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sent.add(new org.bson.Document("_id", "budget-" + i).append("year", 2020 + i % 7).append("big", 1L << 40)
                    .append("amount", new Decimal128(new BigDecimal("1234.56").add(BigDecimal.valueOf(i))))
                    .append("ratio", 0.25 * i).append("at", new Date(1_764_000_000_000L + i)).append("ok", i % 2 == 0)
                    .append("none", null).append("name", "上海市闵行区医疗保障局 " + i)
                    .append("tables", List.of(new org.bson.Document("number", 3).append("rows", List.of("2101301", i))))
                    .append("data", new Binary(("原文 " + i).getBytes(StandardCharsets.UTF_8))));
        }
        StoreFileFixture.withDatabase(backend(file), database -> {
            MongoCollection<org.bson.Document> budgets = database.getCollection("budgets");
            budgets.insertMany(sent.subList(0, 20));
            sent.subList(20, 30).forEach(budgets::insertOne);
            // a document without an _id is given one by the server
            budgets.insertOne(new org.bson.Document("kind", "no id"));
            assertThat(budgets.find(new org.bson.Document("_id", "budget-7")).first()).isEqualTo(sent.get(7));
        });
        StoreFileFixture.withDatabase(backend(file), database -> {
            MongoCollection<org.bson.Document> budgets = database.getCollection("budgets");
            assertThat(budgets.find(new org.bson.Document("_id", new org.bson.Document("$regex", "^budget-")))
                    .into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(sent);
            assertThat(budgets.find(new org.bson.Document("kind", "no id")).first()).containsKey("_id");
            assertThat(budgets.countDocuments()).isEqualTo(31);
        });
    }

    @Test
    void aDuplicateInAnUnorderedInsertIsRefusedAndTheOthersAreStored() {
        StoreFileFixture.withDatabase(backend(dir.resolve("budget.mv")), database -> {
            MongoCollection<org.bson.Document> lines = database.getCollection("budget_lines");
            lines.insertOne(new org.bson.Document("_id", "b|3").append("v", 1));

            assertThatThrownBy(() -> lines.insertMany(List.of(new org.bson.Document("_id", "b|3").append("v", 2),
                    new org.bson.Document("_id", "b|4").append("v", 3)), new InsertManyOptions().ordered(false)))
                    .isInstanceOf(MongoBulkWriteException.class);

            assertThat(lines.find(new org.bson.Document("_id", "b|3")).first().getInteger("v")).isEqualTo(1);
            assertThat(lines.find(new org.bson.Document("_id", "b|4")).first().getInteger("v")).isEqualTo(3);
        });
    }

    private static DurableH2Backend backend(Path file) {
        return new DurableH2Backend(new MVStore.Builder().fileName(file.toString()).open());
    }

    private static byte[] bson(Document document) {
        ByteBuf out = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, out);
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }

    /** An OP_MSG insert as the driver sends it: the command in the body, the documents in a sequence. */
    private static ByteBuf insert(String collection, byte[]... documents) {
        byte[] body = bson(new Document("insert", collection).append("$db", "budget"));
        ByteBuf sequence = Unpooled.buffer();
        sequence.writeIntLE(0);
        sequence.writeCharSequence("documents", StandardCharsets.US_ASCII);
        sequence.writeByte(0);
        for (byte[] document : documents) {
            sequence.writeBytes(document);
        }
        sequence.setIntLE(0, sequence.readableBytes());
        ByteBuf frame = Unpooled.buffer();
        frame.writeIntLE(0).writeIntLE(7).writeIntLE(0).writeIntLE(2013).writeIntLE(0);
        frame.writeByte(MongoMessage.SECTION_KIND_BODY).writeBytes(body);
        frame.writeByte(MongoMessage.SECTION_KIND_DOCUMENT_SEQUENCE).writeBytes(sequence);
        frame.setIntLE(0, frame.readableBytes());
        return frame;
    }
}
