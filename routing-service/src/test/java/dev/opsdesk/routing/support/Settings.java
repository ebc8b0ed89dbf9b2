package dev.opsdesk.routing.support;

import java.util.Map;
import java.util.function.Consumer;

/** Changes part of a tenant's routing settings through the API. */
public final class Settings {

    private Settings() {
    }

    @SuppressWarnings("unchecked")
    public static void spikes(RoutingApi api, Consumer<Map<String, Object>> change) {
        Map<String, Object> settings = api.supervisor().get(RoutingApi.BASE + "/settings").then().statusCode(200)
                .extract().jsonPath().getMap("settings");
        change.accept((Map<String, Object>) settings.get("spikes"));
        api.supervisor().body(settings).put(RoutingApi.BASE + "/settings").then().statusCode(200);
    }
}
