package budget.ingest.upload;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the uploader gets back per document.
 *
 * @param documentId the SHA-256 of the uploaded bytes, hex
 * @param statusUrl  where to follow the document through the pipeline
 * @param duplicate  true when the same bytes were uploaded before; nothing new is processed then
 */
record UploadReceipt(
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("statusUrl") String statusUrl,
        @JsonProperty("duplicate") boolean duplicate,
        @JsonProperty("encoding") String encoding,
        @JsonProperty("sizeBytes") long sizeBytes) {
}
