package dev.opsdesk.qa.domain;

/** An id that does not exist in the caller's tenant (another tenant's ids are not found either). */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
