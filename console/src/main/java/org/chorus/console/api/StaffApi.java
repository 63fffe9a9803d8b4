package org.chorus.console.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.console.config.ConsoleConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The services' staff APIs, called with the signed-in person's own access token: the console holds no rights and no
 * data of its own, so every service decides, as for curl, what this person may see and do.
 */
@ApplicationScoped
public class StaffApi {

    private final ConsoleConfig config;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final HttpClient client;

    StaffApi(ConsoleConfig config, SecurityIdentity identity, ObjectMapper json) {
        this.config = config;
        this.identity = identity;
        this.json = json;
        // HTTP/1.1: without it the JDK client offers an h2c upgrade on every plain-http call, and an answer to such
        // a call (a 404 of letter-service was seen) sometimes never completed, holding the page until the timeout.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(2)).build();
    }

    public ApiAnswer get(Service service, String path) {
        return call(service, "GET", path, null);
    }

    public ApiAnswer post(Service service, String path, Object body) {
        return call(service, "POST", path, body);
    }

    public ApiAnswer put(Service service, String path, Object body) {
        return call(service, "PUT", path, body);
    }

    public ApiAnswer delete(Service service, String path) {
        return call(service, "DELETE", path, null);
    }

    /** A document as the service serves it (a letter's HTML or PDF), for the console to pass on. */
    public Document document(Service service, String path, String accept) {
        return document(service, request(service, path, accept).GET().build(), accept);
    }

    /** A document the service makes of what is posted (a letter rendered from a draft), for the console to pass on. */
    public Document document(Service service, String path, Object body, String accept) {
        try {
            return document(service, request(service, path, accept).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(), accept);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a map of texts is always JSON", e);
        }
    }

    private Document document(Service service, HttpRequest request, String accept) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 400) {
                throw new ProblemException(problem(service, response.statusCode(), response.body()));
            }
            String type = response.headers().firstValue("Content-Type").orElse(accept);
            return new Document(type, response.body());
        } catch (IOException e) {
            throw new ProblemException(Problem.unreachable(service));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(Problem.unreachable(service));
        }
    }

    public record Document(String contentType, byte[] bytes) {
    }

    private ApiAnswer call(Service service, String method, String path, Object body) {
        HttpRequest.Builder request = request(service, path, "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status >= 400) {
                return new ApiAnswer(status, null, problem(service, status, response.body()));
            }
            Object parsed = response.body().length == 0 ? Map.of() : json.readValue(response.body(), Object.class);
            return new ApiAnswer(status, parsed, null);
        } catch (JsonProcessingException e) {
            return new ApiAnswer(502, null, new Problem(502, service.displayName() + " answered something unreadable",
                    "Nothing on this page could be shown from it.", List.of()));
        } catch (IOException e) {
            return new ApiAnswer(503, null, Problem.unreachable(service));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ApiAnswer(503, null, Problem.unreachable(service));
        }
    }

    private HttpRequest.Builder request(Service service, String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base(service).resolve(path))
                .timeout(config.callTimeout())
                .header("Accept", accept + ", application/problem+json");
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            request.header("Authorization", "Bearer " + token.getToken());
        }
        return request;
    }

    private URI base(Service service) {
        return switch (service) {
            case PETITION -> config.petitionServiceUrl();
            case LETTER -> config.letterServiceUrl();
            case NOTIFICATION -> config.notificationServiceUrl();
        };
    }

    @SuppressWarnings("unchecked")
    private Problem problem(Service service, int status, byte[] body) {
        try {
            Map<String, Object> problem = json.readValue(body, Map.class);
            List<String> fields = new ArrayList<>();
            List<Problem.Line> lines = new ArrayList<>();
            if (problem.get("errors") instanceof List<?> errors) {
                for (Object error : errors) {
                    if (error instanceof Map<?, ?> e) {
                        fields.add(e.get("field") + ": " + e.get("message"));
                        if (e.get("line") instanceof Integer line && e.get("field") instanceof String field) {
                            lines.add(new Problem.Line(field, line,
                                    e.get("column") instanceof Integer column ? column : null));
                        }
                    }
                }
            }
            String title = String.valueOf(problem.getOrDefault("title", "Refused by " + service.displayName()));
            Object detail = problem.get("detail");
            return new Problem(status, title, detail == null ? "" : detail.toString(), fields, lines);
        } catch (IOException | RuntimeException e) {
            return new Problem(status, "Refused by " + service.displayName() + " (" + status + ")", "", List.of());
        }
    }
}
