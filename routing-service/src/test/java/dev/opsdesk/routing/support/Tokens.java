package dev.opsdesk.routing.support;

import dev.opsdesk.testing.RealInfrastructure;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;

/** Bearer tokens for a named user (the agent id is the token subject), signed with the test run's key. */
public final class Tokens {

    private Tokens() {
    }

    public static String bearer(String tenant, String subject, String... roles) {
        return "Bearer " + Jwt.issuer(RealInfrastructure.ISSUER)
                .subject(subject)
                .upn(subject + "@" + tenant)
                .claim("tenant", tenant)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(30))
                .sign();
    }
}
