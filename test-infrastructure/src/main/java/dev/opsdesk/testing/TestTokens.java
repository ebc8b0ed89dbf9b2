package dev.opsdesk.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;

/** Mints bearer tokens signed with the test run's private key, shaped like production tokens. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String token(String tenant, String role) {
        return Jwt.issuer(RealInfrastructure.ISSUER)
                .audience(RealInfrastructure.AUDIENCE)
                .subject("test-" + role)
                .upn("test-" + role + "@" + tenant)
                .claim("tenant", tenant)
                .groups(Set.of(role))
                .expiresIn(Duration.ofMinutes(30))
                .sign();
    }

    public static String bearer(String tenant, String role) {
        return "Bearer " + token(tenant, role);
    }
}
