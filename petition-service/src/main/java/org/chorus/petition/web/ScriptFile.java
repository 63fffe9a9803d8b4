package org.chorus.petition.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * One of our scripts, read once from the class path. It is cached for a few minutes and then revalidated by its ETag,
 * so that a fix reaches every partner's page within minutes without their visitors downloading it again and again.
 */
record ScriptFile(String text, EntityTag etag) {

    static final String JAVASCRIPT = "application/javascript;charset=UTF-8";

    private static final int MAX_AGE_SECONDS = 300;

    static ScriptFile load(String resource) {
        try (InputStream in = ScriptFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
            return new ScriptFile(new String(bytes, StandardCharsets.UTF_8), new EntityTag(tag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 304 when the browser holds this version already, else the script. */
    Response answer(Request request) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(text);
        return answer.tag(etag).cacheControl(cacheFor(MAX_AGE_SECONDS)).build();
    }

    static CacheControl cacheFor(int maxAgeSeconds) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAgeSeconds);
        return cache;
    }
}
