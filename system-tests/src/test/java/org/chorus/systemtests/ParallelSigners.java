package org.chorus.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/** Many people signing at once through the gateway, as a spike does: each address signs once, in parallel. */
final class ParallelSigners {

    private static final int IN_FLIGHT = 16;
    private static final int RETRIES = 2;

    private ParallelSigners() {
    }

    /** @return how many of the signatures were answered 202 */
    static long sign(String slug, List<String> addresses) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (String address : addresses) {
            slots.acquire();
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create(LocalPlatform.GATEWAY + "/api/petitions/" + slug + "/signatures"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(address)))
                    .build();
            answers.add(send(client, request, RETRIES).whenComplete((status, e) -> slots.release()));
        }
        return answers.stream().map(CompletableFuture::join).filter(status -> status == 202).count();
    }

    /**
     * As a signer's browser would: an answer that is not 202 (a 502/503 from the gateway, a closed connection) is
     * tried again; signing again with the same address changes nothing, so a retry never counts twice.
     */
    private static CompletableFuture<Integer> send(HttpClient client, HttpRequest request, int retries) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode)
                .exceptionally(e -> -1)
                .thenCompose(status -> status == 202 || retries == 0 ? CompletableFuture.completedFuture(status)
                        : send(client, request, retries - 1));
    }

    private static String body(String address) {
        return "{\"name\":\"Crash Test\",\"email\":\"" + address + "\",\"country\":\"MM\",\"locale\":\"en\","
                + "\"consents\":{\"processing\":true,\"updates\":false,\"partner\":false,\"nameInLetters\":false}}";
    }
}
