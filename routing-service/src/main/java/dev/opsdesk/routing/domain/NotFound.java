package dev.opsdesk.routing.domain;

/** The thing asked for does not exist in the caller's tenant (other tenants' ids look the same). */
public class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail);
    }
}
