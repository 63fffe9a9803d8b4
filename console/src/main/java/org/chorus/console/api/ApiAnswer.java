package org.chorus.console.api;

import java.util.List;
import java.util.Map;

/**
 * What a service answered: its status and its JSON body as maps and lists, which the pages render as they are.
 * A problem+json answer (or no answer at all) becomes a {@link Problem} a page can show.
 */
public record ApiAnswer(int status, Object body, Problem problem) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
        return body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String key) {
        return map().get(key) instanceof List<?> list ? (List<Object>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    public List<Object> list() {
        return body instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** The answer's body, or a ProblemException that the error page shows. */
    public ApiAnswer orThrow() {
        if (!ok()) {
            throw new ProblemException(problem);
        }
        return this;
    }
}
