package dev.opsdesk.reporting.support;

import static io.restassured.RestAssured.given;

import dev.opsdesk.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Report calls as a given role of a tenant, reading decimals as doubles. */
public final class Reports {

    private Reports() {
    }

    public static RequestSpecification as(String tenant, String role) {
        return given().config(RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .header("Authorization", TestTokens.bearer(tenant, role));
    }

    public static ValidatableResponse get(String tenant, String path) {
        return as(tenant, "supervisor").when().get(path).then().statusCode(200);
    }

    /** The raw JSON of a report, to compare two states of the read models. */
    public static String body(String tenant, String path) {
        return as(tenant, "admin").when().get(path).then().statusCode(200).extract().asString();
    }
}
