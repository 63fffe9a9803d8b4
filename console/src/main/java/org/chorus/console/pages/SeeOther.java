package org.chorus.console.pages;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** After a form did its work, the browser goes to the page that shows the result (post, redirect, get). */
final class SeeOther {

    private SeeOther() {
    }

    /** @param path a page's path under the console's root ("/petitions/x"), which JAX-RS puts the root before */
    static Response page(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
