package dev.opsdesk.ticket.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.intake.IntakeFixtures;
import dev.opsdesk.ticket.intake.TestMailServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started twice against the same database, broker and IMAP server: the first run
 * takes one mail per poll and is killed (SIGKILL) while mail is still waiting; more mail arrives
 * while it is down; the second run takes the rest. Every Message-ID ends up stored exactly once,
 * none as a duplicate (the cursor, not the Message-ID check, kept them apart) and none missing.
 */
class ImapRestartIT {

    private static final int BEFORE = 12;
    private static final int WHILE_DOWN = 8;
    private static RealInfrastructure infrastructure;
    private static Map<String, String> config;
    private static TestMailServer mail;
    private static Process running;

    @BeforeAll
    static void startInfrastructure() {
        infrastructure = new RealInfrastructure();
        infrastructure.init(Map.of("database", "ticket_restart"));
        config = infrastructure.start();
        mail = TestMailServer.start();
    }

    @AfterAll
    static void stopInfrastructure() {
        if (running != null) {
            running.destroyForcibly();
        }
        mail.close();
        infrastructure.stop();
    }

    @Test
    void restartingWhileMailIsWaitingFetchesEveryMessageExactlyOnce() throws Exception {
        String support = "support@crazysales.restart.test";
        mail.mailbox(support);
        Set<String> sent = new TreeSet<>();
        for (int i = 0; i < BEFORE; i++) {
            sent.add(send(support, "before-" + i));
        }

        int port = start();
        given().port(port).header("Authorization", TestTokens.bearer("crazysales", "admin"))
                .contentType("application/json").body(IntakeFixtures.mailSettings(mail, support, Map.of()))
                .when().put("/api/v1/intake/settings").then().statusCode(200);
        await().atMost(Duration.ofSeconds(90)).until(() -> stored(port).size() >= 2);
        int takenByFirst = stored(port).size();
        running.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // a crash, mid-way through the mailbox

        for (int i = 0; i < WHILE_DOWN; i++) {
            sent.add(send(support, "while-down-" + i));
        }
        int secondPort = start();
        await().atMost(Duration.ofSeconds(120)).until(() -> stored(secondPort).size() >= BEFORE + WHILE_DOWN);
        List<String> ids = stored(secondPort);
        System.out.println("restart IT: the first run had taken at least " + takenByFirst + " of " + BEFORE
                + " when it was killed; the second run took the rest, " + ids.size() + " in all");
        assertEquals(sent, new TreeSet<>(ids), "every mail stored");
        assertEquals(ids.size(), new TreeSet<>(ids).size(), "no mail stored twice");
        assertEquals(0, inbound(secondPort, "DUPLICATE").size(), "no mail fetched twice");
        assertEquals(0, inbound(secondPort, "REJECTED").size());
    }

    private static String send(String support, String name) {
        String id = name + "-" + System.nanoTime() + "@customer.test";
        mail.send(IntakeFixtures.mail("buyer-" + name + "@customer.test", support, "Restart " + name, id, "Hello"), support);
        return id;
    }

    /** Message-IDs of the stored inbound mails, as the running service lists them. */
    private static List<String> stored(int port) {
        return inbound(port, "STORED").stream().map(m -> (String) m.get("messageId")).toList();
    }

    private static List<Map<String, Object>> inbound(int port, String outcome) {
        return given().port(port).header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .queryParam("outcome", outcome).queryParam("limit", 500)
                .when().get("/api/v1/intake/email").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static int start() throws IOException {
        int port = freePort();
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m"));
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dopsdesk.tenants.bootstrap=crazysales",
                "-Dopsdesk.intake.poll-every=1s", "-Dopsdesk.intake.poll-batch=1", "-Dopsdesk.intake.relay-every=off",
                "-jar", jar.toString()));
        Path log = Files.createTempFile("ticket-service-restart", ".log");
        running = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() ->
                given().port(port).when().get("/q/health/ready").then().extract().statusCode() == 200);
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
