package dev.opsdesk.ticket.it;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The packaged jar runs in the prod profile, which bootstraps no tenants: ask for the seed tenant. */
public class SeedTenantsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("opsdesk.tenants.bootstrap", "crazysales");
    }
}
