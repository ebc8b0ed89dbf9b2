package dev.opsdesk.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The headers that sign a webhook delivery's raw body, as the provider would send them. */
@FunctionalInterface
public interface WebhookSigner {

    Map<String, String> headers(byte[] body);

    /** Meta's scheme: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>}. */
    static WebhookSigner hubSignature256(String secret) {
        return body -> Map.of("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(hmacSha256(secret, body)));
    }

    /**
     * opsdesk's own scheme (Stripe style, the chat webhook): {@code X-Opsdesk-Timestamp: <unix seconds>} and
     * {@code X-Opsdesk-Signature: t=<ts>,v1=<hex HMAC-SHA256 of "<ts>.<raw body>">}, stamped when the case is made.
     */
    static WebhookSigner opsdeskTimestamped(String secret) {
        return body -> {
            long now = java.time.Instant.now().getEpochSecond();
            byte[] prefix = (now + ".").getBytes(StandardCharsets.US_ASCII);
            byte[] signed = new byte[prefix.length + body.length];
            System.arraycopy(prefix, 0, signed, 0, prefix.length);
            System.arraycopy(body, 0, signed, prefix.length, body.length);
            return Map.of("X-Opsdesk-Timestamp", Long.toString(now),
                    "X-Opsdesk-Signature", "t=" + now + ",v1=" + HexFormat.of().formatHex(hmacSha256(secret, signed)));
        };
    }

    static byte[] hmacSha256(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
