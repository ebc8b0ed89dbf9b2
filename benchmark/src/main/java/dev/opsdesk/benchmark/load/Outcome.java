package dev.opsdesk.benchmark.load;

/** How one request ended: success, or an error kind (e.g. {@code HTTP 503}) with a sample of detail. */
public record Outcome(boolean ok, String errorKind, String detail) {

    public static final Outcome OK = new Outcome(true, null, null);

    public static Outcome error(String kind, String detail) {
        return new Outcome(false, kind, detail);
    }

    public static Outcome failure(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause instanceof java.util.concurrent.CompletionException) {
            cause = cause.getCause();
        }
        return error(cause.getClass().getSimpleName(), String.valueOf(cause.getMessage()));
    }
}
