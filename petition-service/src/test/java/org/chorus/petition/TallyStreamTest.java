package org.chorus.petition;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class TallyStreamTest {

    private static final int STREAMS = 1000;
    private static final int WAVE = 25;

    @Inject
    TestPetitions petitions;

    @TestHTTPResource("/")
    URI base;

    @Test
    void aStreamStartsWithTheCurrentTallyAndPushesAConfirmationWithinTwoSeconds() {
        Petition p = petitions.create(Petition.Status.OPEN);
        HttpClient client = HttpClient.newHttpClient();
        Stream stream = Stream.open(client, base, p.slug);
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.sawTotal(0));

        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("token", Signer.tokenFor(email)))
                .when().post("/api/signatures/confirm").then().statusCode(200);

        await().atMost(Duration.ofSeconds(2)).until(() -> stream.sawTotal(1));
        assertTrue(stream.lines.stream().anyMatch(l -> l.contains("\"byCountry\":{\"MM\":1}")), stream.lines.toString());
    }

    @Test
    void anUnknownPetitionHasNoStream() {
        RestAssured.given().accept("text/event-stream").when().get("/api/petitions/no-such-petition/tally/stream")
                .then().statusCode(404);
    }

    @Test
    void aThousandOpenStreamsHoldNoThreadEachAndAllGetTheChange() {
        Petition p = petitions.create(Petition.Status.OPEN);
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        List<Stream> streams = new ArrayList<>();
        // opened in waves, as viewers arrive: a worker thread opens each stream, none keeps it
        for (int wave = 0; wave < STREAMS / WAVE; wave++) {
            List<Stream> arriving = new ArrayList<>();
            for (int i = 0; i < WAVE; i++) {
                arriving.add(Stream.open(client, base, p.slug));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> arriving.stream().allMatch(s -> s.sawTotal(0)));
            streams.addAll(arriving);
        }
        int threadsWithStreams = ManagementFactory.getThreadMXBean().getThreadCount();
        assertTrue(threadsWithStreams - threadsBefore < 2 * WAVE,
                STREAMS + " streams took " + (threadsWithStreams - threadsBefore) + " threads: " + threadNames());

        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "FR");
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("token", Signer.tokenFor(email)))
                .when().post("/api/signatures/confirm").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> streams.stream().allMatch(s -> s.sawTotal(1)));
        assertEquals(STREAMS, streams.stream().filter(s -> s.sawTotal(1)).count());
        streams.forEach(Stream::close);
    }

    private static Map<String, Long> threadNames() {
        return Thread.getAllStackTraces().keySet().stream()
                .collect(Collectors.groupingBy(t -> t.getName().replaceAll("[0-9]+", "#"), Collectors.counting()));
    }

    /** One Server-Sent Events connection, its lines kept as they arrive. */
    private static final class Stream implements Flow.Subscriber<String> {
        final List<String> lines = new CopyOnWriteArrayList<>();
        private volatile Flow.Subscription subscription;

        static Stream open(HttpClient client, URI base, String slug) {
            Stream stream = new Stream();
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/petitions/" + slug + "/tally/stream"))
                    .header("Accept", "text/event-stream").build();
            client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(stream));
            return stream;
        }

        boolean sawTotal(long total) {
            return lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"total\":" + total + ","));
        }

        void close() {
            if (subscription != null) {
                subscription.cancel();
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }
}
