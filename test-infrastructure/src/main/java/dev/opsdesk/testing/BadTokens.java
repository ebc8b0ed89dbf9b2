package dev.opsdesk.testing;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Bearer tokens that a service must refuse, each differing from a good {@link TestTokens} token in
 * exactly one respect, for the authentication tests every service runs.
 */
public final class BadTokens {

    private static final PrivateKey OTHER_KEY = otherKey();

    private BadTokens() {
    }

    /** Name of each bad token → its Authorization header value; all of them must answer 401. */
    public static Map<String, String> refusedWith401(String tenant, String role) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", bearer(claims(tenant, role).issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))).sign()));
        tokens.put("wrong issuer", bearer(claims(tenant, role).issuer("https://someone-else.example").sign()));
        tokens.put("wrong audience", bearer(claims(tenant, role).audience("another-api").sign()));
        tokens.put("no audience", bearer(withoutAudience(tenant, role)));
        tokens.put("signed by another key", bearer(claims(tenant, role).sign(OTHER_KEY)));
        tokens.put("not a JWT", "Bearer not-a-jwt");
        tokens.put("HMAC-signed (algorithm confusion)", bearer(claims(tenant, role).jws()
                .algorithm(SignatureAlgorithm.HS256).signWithSecret("a-shared-secret-of-at-least-thirty-two-bytes")));
        tokens.put("unsigned (alg none)", bearer(unsigned(tenant, role)));
        return tokens;
    }

    /** A well-signed token that names no tenant. */
    public static String withoutTenant(String role) {
        return bearer(Jwt.issuer(RealInfrastructure.ISSUER).audience(RealInfrastructure.AUDIENCE)
                .subject("test-" + role).upn("test-" + role).groups(Set.of(role))
                .expiresIn(Duration.ofMinutes(30)).sign());
    }

    /** A well-signed token whose tenant claim is not a tenant id. */
    public static String withMalformedTenant(String role) {
        return bearer(claims("../Other Tenant", role).sign());
    }

    private static JwtClaimsBuilder claims(String tenant, String role) {
        return Jwt.issuer(RealInfrastructure.ISSUER).audience(RealInfrastructure.AUDIENCE)
                .subject("test-" + role).upn("test-" + role + "@" + tenant)
                .claim("tenant", tenant).groups(Set.of(role))
                .expiresIn(Duration.ofMinutes(30));
    }

    /** Signed with jose4j directly: the SmallRye builder would add the configured default audience. */
    private static String withoutAudience(String tenant, String role) {
        JsonWebSignature jws = jws(tenant, role, null);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(testSigningKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(String tenant, String role) {
        JsonWebSignature jws = jws(tenant, role, RealInfrastructure.AUDIENCE);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonWebSignature jws(String tenant, String role, String audience) {
        JwtClaims claims = new JwtClaims();
        if (audience != null) {
            claims.setAudience(audience);
        }
        claims.setIssuer(RealInfrastructure.ISSUER);
        claims.setSubject("test-" + role);
        claims.setClaim("upn", "test-" + role + "@" + tenant);
        claims.setClaim("tenant", tenant);
        claims.setStringListClaim("groups", role);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(30);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setHeader("typ", "JWT");
        return jws;
    }

    private static PrivateKey testSigningKey() {
        String location = ConfigProvider.getConfig().getValue("smallrye.jwt.sign.key.location", String.class);
        try {
            String pem = Files.readString(Path.of(URI.create(location)));
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test signing key at " + location, e);
        }
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static PrivateKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
