package dev.opsdesk.ticket.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opsdesk webhook signature, in and out (Stripe/Zendesk style): {@code X-Opsdesk-Timestamp: <unix
 * seconds>} and {@code X-Opsdesk-Signature: t=<ts>,v1=<hex HMAC-SHA256(secret, "<ts>.<raw body>")>}.
 * Signing the timestamp with the body lets a receiver refuse a replayed request once it is older
 * than its window, without remembering every request it ever saw.
 */
public final class TimestampedSignature {

    public static final String TIMESTAMP_HEADER = "X-Opsdesk-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Opsdesk-Signature";

    /** Why a request was refused; {@code VALID} when it was not. */
    public enum Verdict { VALID, MISSING, MALFORMED, STALE, MISMATCH }

    private TimestampedSignature() {
    }

    /** The value of {@code X-Opsdesk-Signature} for {@code body} sent at {@code timestamp}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /**
     * Checks a request: both headers present, the timestamp within {@code tolerance} of {@code now}
     * (either side), and one {@code v1} entry equal, in constant time, to the HMAC of "ts.body".
     * A {@code t=} entry in the signature, when given, must name the same timestamp.
     */
    public static Verdict verify(String secret, String timestampHeader, String signatureHeader, byte[] body,
                                 Instant now, Duration tolerance) {
        if (secret == null || secret.isEmpty() || timestampHeader == null || signatureHeader == null) {
            return Verdict.MISSING;
        }
        String ts = timestampHeader.strip();
        if (!ts.matches("[0-9]{1,12}")) {
            return Verdict.MALFORMED;
        }
        long timestamp = Long.parseLong(ts);
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] expected = hmac(secret, timestamp, body);
        boolean matched = false;
        for (String part : signatureHeader.split(",")) {
            String entry = part.strip().toLowerCase(Locale.ROOT);
            if (entry.startsWith("t=") && !entry.substring(2).equals(ts)) {
                return Verdict.MISMATCH;
            }
            if (entry.startsWith("v1=")) {
                try {
                    matched |= MessageDigest.isEqual(expected, HexFormat.of().parseHex(entry.substring(3)));
                } catch (IllegalArgumentException e) {
                    return Verdict.MALFORMED;
                }
            }
        }
        return matched ? Verdict.VALID : Verdict.MISMATCH;
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
