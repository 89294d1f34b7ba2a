package budget.ingest.upload;

/** One file of an upload request, before any checks. */
record UploadedFile(String filename, byte[] bytes) {

    /** The name of a body sent without one: document.pdf or document.txt, by the bytes. */
    static String defaultName(byte[] bytes) {
        return budget.parser.BudgetDocuments.isPdf(bytes) ? "document.pdf" : "document.txt";
    }

    /** The last path segment only: a client-side path such as ../../etc/passwd never reaches the events. */
    static String safeName(String raw) {
        if (raw == null || raw.isBlank()) {
            return "document.txt";
        }
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "document.txt";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
