package dev.opsdesk.reporting.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.reporting.support.Events;
import dev.opsdesk.reporting.support.Tickets;
import dev.opsdesk.reporting.support.WorkLogs;
import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** End to end in headless Chromium: a ticket.created sent to Kafka shows on the open dashboard within 2 s. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DashboardShowsANewTicketWithinTwoSecondsTest {

    @TestHTTPResource("/dashboard")
    URL dashboard;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNewTicketAppearsWithinTwoSeconds() throws Exception {
        String tenant = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        Events.sendAll(List.of(WorkLogs.logged(tenant, UUID.randomUUID(), "agent-1", Instant.now()),
                WorkLogs.logged(tenant, UUID.randomUUID(), "agent-2", Instant.now())));
        browser.get(dashboard + "#token=" + TestTokens.token(tenant, "supervisor"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "live"));
        wait.until(ExpectedConditions.textToBe(By.id("kpi-created"), "0"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenant"), tenant));

        // The first event after start-up also pays for class loading and JIT; the figure is the steady state.
        String warmUp = UUID.randomUUID().toString();
        TestKafka.send(Tickets.created(tenant, warmUp, "Warm-up"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ticket-id='" + warmUp + "']")));

        String ticketId = UUID.randomUUID().toString();
        ProducerRecord<String, String> created = Tickets.created(tenant, ticketId, "Where is my parcel?");
        TestKafka.send(created); // returns once the broker acknowledged the event
        long sentAt = System.nanoTime();
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ticket-id='" + ticketId + "']")));
        Duration shownAfter = Duration.ofNanos(System.nanoTime() - sentAt);

        assertTrue(shownAfter.compareTo(Duration.ofSeconds(2)) <= 0, "shown after " + shownAfter.toMillis() + " ms");
        System.out.println("dashboard showed the new ticket " + shownAfter.toMillis() + " ms after Kafka acknowledged it");
        String row = browser.findElement(By.cssSelector("[data-ticket-id='" + ticketId + "']")).getText();
        assertTrue(row.contains("Where is my parcel?") && row.contains("EMAIL"), row);
        assertTrue(browser.findElement(By.id("kpi-created")).getText().equals("2"));
        Files.write(Path.of("target", "dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void withoutATokenThePageAsksForOne() {
        browser.get(dashboard.toString());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("token-input")));
        browser.findElement(By.id("token-input")).sendKeys("not-a-token");
        browser.findElement(By.cssSelector("#token-form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-error"), "refused"));
    }

    @Test
    void theTicketEventOfThisTestConformsToTheContract() {
        assertTrue(EventContracts.violations("ticket.created",
                Tickets.created("ui-contract", UUID.randomUUID().toString(), "s").value()).isEmpty());
    }
}
