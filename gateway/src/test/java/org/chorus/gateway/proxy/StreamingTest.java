package org.chorus.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.chorus.gateway.support.InjectStandIns;
import org.chorus.gateway.support.StandIn;
import org.chorus.gateway.support.StandInServices;
import org.chorus.gateway.support.StandIns;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The stand-in petition service sends one event, then holds the stream open until the test releases it. */
@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StreamingTest {

    @InjectStandIns
    StandIns standIns;

    @TestHTTPResource("/")
    URI root;

    @Test
    void firstEventArrivesWhileTheServiceStillStreams() throws Exception {
        String marker = UUID.randomUUID().toString();
        StandIn petition = standIns.petition();
        HttpResponse<Stream<String>> response = openStream(marker);
        Iterator<String> lines = response.body().iterator();

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
        assertEquals("data: first", nextLine(lines));
        assertTrue(petition.streamOpen(marker), "the service has not closed the stream yet");

        petition.releaseStream(marker);
        assertEquals("", nextLine(lines));
        assertEquals("data: second", nextLine(lines));
    }

    @Test
    void quietStreamOutlivesTheIdleTimeout() throws Exception {
        String marker = UUID.randomUUID().toString();
        Iterator<String> lines = openStream(marker).body().iterator();
        assertEquals("data: first", nextLine(lines));

        Thread.sleep(1500);
        standIns.petition().releaseStream(marker);

        assertEquals("", nextLine(lines));
        assertEquals("data: second", nextLine(lines));
        assertEquals("", nextLine(lines));
        assertFalse(lines.hasNext());
    }

    private HttpResponse<Stream<String>> openStream(String marker) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                root.resolve("/api/petitions/myanmar-arms-embargo/tally/stream?marker=" + marker))
                .header("Accept", "text/event-stream")
                .build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(5, TimeUnit.SECONDS);
    }

    private static String nextLine(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(lines::next).get(5, TimeUnit.SECONDS);
    }
}
