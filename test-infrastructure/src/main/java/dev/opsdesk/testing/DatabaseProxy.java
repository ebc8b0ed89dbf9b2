package dev.opsdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * A TCP forwarder between the service under test and PostgreSQL that a test can cut and restore
 * ({@link DatabaseOutage}). Cut, it closes every connection it carries and closes new ones as soon as
 * it accepts them: the service sees what it sees when PostgreSQL stops (connections break, new ones
 * fail at once), on the same port, without a restart of the server or its data directory.
 */
final class DatabaseProxy implements DatabaseProxyMBean, AutoCloseable {

    /** Registered in the platform MBean server: the test resource and the tests may use different class loaders. */
    static final String OBJECT_NAME = "dev.opsdesk.testing:type=DatabaseProxy";

    private final ServerSocket server;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private boolean cut;

    private DatabaseProxy(ServerSocket server, int targetPort) {
        this.server = server;
        this.targetPort = targetPort;
    }

    static DatabaseProxy start(int targetPort) throws IOException, JMException {
        DatabaseProxy proxy = new DatabaseProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort);
        Thread acceptor = new Thread(proxy::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        MBeanServer beans = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(OBJECT_NAME);
        if (beans.isRegistered(name)) { // left by a test run of an earlier application start in this JVM
            beans.unregisterMBean(name);
        }
        beans.registerMBean(proxy, name);
        return proxy;
    }

    int port() {
        return server.getLocalPort();
    }

    @Override
    public synchronized void cut() {
        cut = true;
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    @Override
    public synchronized void restore() {
        cut = false;
    }

    @Override
    public synchronized boolean isCut() {
        return cut;
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            connect(client);
        }
    }

    private synchronized void connect(Socket client) {
        if (cut) {
            closeQuietly(client);
            return;
        }
        try {
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            open.add(client);
            open.add(upstream);
            pump(client, upstream);
            pump(upstream, client);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed, or the link was cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws Exception {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(OBJECT_NAME));
        } catch (JMException e) {
            // another start in this JVM replaced it
        }
        server.close();
        cut();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
