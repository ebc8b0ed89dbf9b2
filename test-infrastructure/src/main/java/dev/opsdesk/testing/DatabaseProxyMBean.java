package dev.opsdesk.testing;

/** The switch of the test run's database link, reachable from every class loader through JMX. */
public interface DatabaseProxyMBean {

    /** Drops every open connection; new ones are closed as soon as they are accepted. */
    void cut();

    /** Lets connections through again. */
    void restore();

    boolean isCut();
}
