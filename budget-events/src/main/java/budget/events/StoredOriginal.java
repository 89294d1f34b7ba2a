package budget.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the uploaded bytes of a document are kept (the claim check a received event carries instead of them):
 * a file of a GridFS bucket in the pipeline's MongoDB database, stored once per document by ingest-service.
 *
 * @param store  {@code gridfs}: a MongoDB GridFS bucket of the pipeline's database ({@code budget.mongo.database})
 * @param bucket the bucket: its files are in {@code <bucket>.files} and {@code <bucket>.chunks}
 * @param fileId the file's {@code _id} (a string): the document id, so the bytes' SHA-256 is their own check
 */
public record StoredOriginal(
        @JsonProperty("store") String store,
        @JsonProperty("bucket") String bucket,
        @JsonProperty("fileId") String fileId) {

    public static final String GRIDFS = "gridfs";
    /** The pipeline's bucket of originals. */
    public static final String BUCKET = "originals";

    public static StoredOriginal gridFs(String bucket, String documentId) {
        return new StoredOriginal(GRIDFS, bucket, documentId);
    }

    /** The original of a document in the pipeline's bucket. */
    public static StoredOriginal of(String documentId) {
        return gridFs(BUCKET, documentId);
    }
}
