package org.chorus.console.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chorus.testing.keycloak.KeycloakTokens;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One signed-in person in the console, as a browser holds them: their token, and the CSRF cookie and form token of
 * the last page opened with {@link #open}. A form is sent the way the console's pages send it, with both; the
 * console refuses a form without them, so nearly every test of a form starts here.
 */
public final class ConsoleSession {

    public static final String CSRF_COOKIE = "console-csrf";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String bearer;
    private String cookie;
    private String csrfToken;

    private ConsoleSession(String bearer) {
        this.bearer = bearer;
    }

    /** Signed in as this user with these realm roles, no page opened yet. */
    public static ConsoleSession as(String user, String... roles) {
        return new ConsoleSession(KeycloakTokens.forUserWithRealmRoles(user, roles));
    }

    /** A request with this person's token and nothing else (no CSRF cookie). */
    public RequestSpecification given() {
        return RestAssured.given().auth().oauth2(bearer);
    }

    /** The access token the console passes on to the services: what the stand-in records after "Bearer ". */
    public String bearer() {
        return bearer;
    }

    /**
     * Opens a page without any earlier cookie, as a fresh tab would, and keeps its CSRF cookie and the token its
     * forms carry; a page opened here must carry one.
     */
    public Response open(String path) {
        Response page = given().get(path);
        Matcher field = CSRF_FIELD.matcher(page.asString());
        assertTrue(field.find(), path + ": the page's forms carry the CSRF token");
        cookie = page.cookie(CSRF_COOKIE);
        csrfToken = field.group(1);
        return page;
    }

    /** The CSRF cookie of the last page opened. */
    public String cookie() {
        return cookie;
    }

    /** A form post with the last page's cookie but this token in its form: for a token that does not fit. */
    public RequestSpecification formWith(String token) {
        assertTrue(cookie != null, "open a page before posting its form");
        return given().redirects().follow(false).cookie(CSRF_COOKIE, cookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token);
    }

    /** The CSRF token in the forms of the last page opened. */
    public String csrfToken() {
        return csrfToken;
    }

    /** A form post from the last page opened, with its cookie and token; a redirect is left for the test to read. */
    public RequestSpecification form() {
        return formWith(csrfToken);
    }
}
