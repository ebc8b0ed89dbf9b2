package dev.opsdesk.ticket.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.ticket.webhooks.domain.WebhookUrlPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SSRF: with allow-private-addresses off, no URL whose host is or resolves to a non-public address passes. */
class WebhookUrlPolicyTest {

    /** Names resolve from this table only; IP literals are parsed, never looked up. */
    private static final WebhookUrlPolicy.Resolver TABLE = host -> {
        Map<String, String> names = Map.of("localhost", "127.0.0.1", "hooks.example.com", "93.184.216.34",
                "rebound.example.com", "10.0.0.7", "metadata.google.internal", "169.254.169.254");
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return InetAddress.getAllByName(host);
        }
        if (!names.containsKey(host)) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(names.get(host))};
    };

    private static final WebhookUrlPolicy PRODUCTION = new WebhookUrlPolicy(true, false, TABLE);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://127.1.2.3/hook", "https://localhost:8443/hook",
            "https://10.1.2.3/hook", "https://172.16.0.1/hook", "https://172.31.255.1/hook", "https://192.168.1.1/hook",
            "https://169.254.169.254/latest/meta-data/", "https://metadata.google.internal/computeMetadata/v1/",
            "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://[::1]/hook", "https://[::]/hook",
            "https://[fe80::1]/hook", "https://[fd00:ec2::254]/hook", "https://[fc00::1]/hook",
            "https://[::ffff:127.0.0.1]/hook", "https://[::ffff:10.0.0.1]/hook", "https://224.0.0.1/hook",
            "https://255.255.255.255/hook", "https://rebound.example.com/hook"})
    void loopbackPrivateLinkLocalAndMetadataAddressesAreRefused(String url) {
        Optional<String> refusal = PRODUCTION.refusal(url);
        assertTrue(refusal.isPresent(), url + " must be refused");
        assertTrue(refusal.get().contains("address"), refusal.get());
    }

    @Test
    void aPublicHttpsUrlIsAllowed() {
        assertEquals(Optional.empty(), PRODUCTION.refusal("https://hooks.example.com/opsdesk?key=1"));
        assertEquals(Optional.empty(), PRODUCTION.refusal("https://93.184.216.34:8443/hook"));
        assertEquals(Optional.empty(), PRODUCTION.refusal("https://[2606:2800:220:1:248:1893:25c8:1946]/hook"));
    }

    @Test
    void productionWantsHttpsAHostAndNoCredentials() {
        assertEquals(Optional.of("must be an https URL"), PRODUCTION.refusal("http://hooks.example.com/hook"));
        assertEquals(Optional.of("must be an https URL"), PRODUCTION.refusal("ftp://hooks.example.com/hook"));
        assertEquals(Optional.of("must be an https URL"), PRODUCTION.refusal("/relative/hook"));
        assertEquals(Optional.of("must not carry credentials"), PRODUCTION.refusal("https://u:p@hooks.example.com/"));
        assertEquals(Optional.of("names a host that does not resolve"), PRODUCTION.refusal("https://nowhere.example/"));
        assertEquals(Optional.of("is not a valid URL"), PRODUCTION.refusal("https://hooks.example.com/a b"));
        assertEquals(Optional.of("is required"), PRODUCTION.refusal(" "));
    }

    @Test
    void theDevAndTestFlagAllowsPrivateAddressesAndPlainHttp() {
        WebhookUrlPolicy dev = new WebhookUrlPolicy(false, true, TABLE);
        assertEquals(Optional.empty(), dev.refusal("http://127.0.0.1:39123/hook"));
        assertEquals(Optional.empty(), dev.refusal("http://localhost/hook"));
        assertEquals(Optional.of("must be an http or https URL"), dev.refusal("file:///etc/passwd"));
    }
}
