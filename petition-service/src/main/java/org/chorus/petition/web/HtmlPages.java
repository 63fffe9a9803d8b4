package org.chorus.petition.web;

import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** How every public page is answered: in the reader's language, under one strict policy, never cached. */
final class HtmlPages {

    static final String HTML = "text/html;charset=UTF-8";

    /** No script, no inline style, no third-party anything; the stylesheet comes from us; forms post only to us. */
    static final String CSP = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private HtmlPages() {
    }

    /**
     * No page is stored anywhere on the way: it may show back what a signer typed, and a shared phone's cache is
     * not a place for that.
     */
    static Response page(int status, TemplateInstance body, PageLang lang) {
        return page(status, body, lang, CSP);
    }

    /** The same, under a policy of the page's own (the embedded form may be framed by its partner). */
    static Response page(int status, TemplateInstance body, PageLang lang, String contentSecurityPolicy) {
        // rendered here rather than by the Qute response filter, which would send text/html without the charset
        return Response.status(status).entity(body.setLocale(lang.tag()).render()).type(HTML)
                .header("Content-Language", lang.tag())
                .header("Vary", "Accept-Language")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", contentSecurityPolicy)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
