package org.chorus.console.api;

import java.util.List;

/**
 * A service's problem+json answer as a person reads it: its title, its detail, and for a validation problem the
 * fields it names.
 */
public record Problem(int status, String title, String detail, List<String> fieldErrors) {

    public static Problem unreachable(Service service) {
        return new Problem(503, service.displayName() + " did not answer",
                "Nothing was changed. Try again in a moment; if it lasts, tell whoever runs Chorus.", List.of());
    }
}
