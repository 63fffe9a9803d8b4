package org.chorus.petition.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class WebOriginsTest {

    @Test
    void originsAreWrittenAsBrowsersSendThem() {
        assertEquals(Optional.of("https://example.org"), WebOrigins.normalize("HTTPS://Example.ORG"));
        assertEquals(Optional.of("https://example.org"), WebOrigins.normalize("https://example.org:443"));
        assertEquals(Optional.of("http://example.org"), WebOrigins.normalize("http://example.org:80"));
        assertEquals(Optional.of("http://example.org:443"), WebOrigins.normalize("http://example.org:443"));
        assertEquals(Optional.of("http://127.0.0.1:8090"), WebOrigins.normalize("http://127.0.0.1:8090"));
        assertEquals(Optional.of("http://[::1]:8090"), WebOrigins.normalize("http://[::1]:8090"));
    }

    @Test
    void anythingButAnOriginIsNone() {
        for (String s : new String[] { "https://example.org/", "https://*.example.org", "ftp://example.org",
                "https://example.org:0", "https://-example.org", "https://example.org.", " https://example.org" }) {
            assertEquals(Optional.empty(), WebOrigins.normalize(s), s);
        }
    }
}
