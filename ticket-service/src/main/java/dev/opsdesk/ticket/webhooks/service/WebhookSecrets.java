package dev.opsdesk.ticket.webhooks.service;

import dev.opsdesk.ticket.webhooks.config.WebhooksConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Signing secrets: 32 random bytes, base64url, shown to the admin once. Stored sealed with AES-256-GCM
 * under {@code opsdesk.webhooks.secret-key} ({@code gcm:} + base64(iv ‖ ciphertext)), so a database
 * dump alone does not let anyone forge our signatures; without a key they are stored as they are
 * ({@code plain:}), which is refused nowhere but warned about outside dev and test.
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);
    private static final String SEALED = "gcm:";
    private static final String PLAIN = "plain:";
    private static final int IV_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final Optional<SecretKey> key;

    WebhookSecrets(WebhooksConfig config) {
        this.key = config.secretKey().filter(k -> !k.isBlank()).map(WebhookSecrets::aesKey);
    }

    void warnWithoutKey(@Observes StartupEvent event) {
        if (key.isEmpty() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("opsdesk.webhooks.secret-key is not set: webhook signing secrets are stored unencrypted");
        }
    }

    /** A new secret, as shown to the admin and used as the HMAC key (its UTF-8 bytes). */
    public String generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String seal(String secret) {
        if (key.isEmpty()) {
            return PLAIN + secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a webhook secret", e);
        }
    }

    public String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(SEALED) || key.isEmpty()) {
            throw new IllegalStateException("a webhook secret is sealed but opsdesk.webhooks.secret-key is not set");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a webhook secret cannot be opened with the configured key", e);
        }
    }

    private static SecretKey aesKey(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalArgumentException("opsdesk.webhooks.secret-key must be the base64 of 32 bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
