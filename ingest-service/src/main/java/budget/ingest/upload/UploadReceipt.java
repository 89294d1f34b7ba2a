package budget.ingest.upload;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the uploader gets back per document.
 *
 * @param documentId the SHA-256 of the uploaded bytes, hex
 * @param statusUrl  where to follow the document through the pipeline
 * @param duplicate  true when the same bytes were uploaded before; nothing new is processed then
 * @param mediaType  application/pdf or text/plain, by the bytes
 * @param encoding   the encoding of a text (UTF-8, GB18030); absent for a PDF
 * @param pageCount  the pages of a PDF, when it opens within the limits; absent for a text
 */
record UploadReceipt(
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("statusUrl") String statusUrl,
        @JsonProperty("duplicate") boolean duplicate,
        @JsonProperty("mediaType") String mediaType,
        @JsonProperty("encoding") @JsonInclude(JsonInclude.Include.NON_NULL) String encoding,
        @JsonProperty("sizeBytes") long sizeBytes,
        @JsonProperty("pageCount") @JsonInclude(JsonInclude.Include.NON_NULL) Integer pageCount) {
}
