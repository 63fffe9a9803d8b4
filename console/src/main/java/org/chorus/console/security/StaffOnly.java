package org.chorus.console.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Only campaign staff see console pages. Anyone else Keycloak knows (a partner's account or token, a user without a
 * staff role) is told plainly that the console is not for them, and sees nothing of it.
 */
public class StaffOnly {

    private final SecurityIdentity identity;
    private final SignedInStaff staff;
    private final Template page;

    StaffOnly(SecurityIdentity identity, SignedInStaff staff, @Location("plain-error.html") Template page) {
        this.identity = identity;
        this.staff = staff;
        this.page = page;
    }

    @ServerRequestFilter
    public Response refuseNonStaff(ContainerRequestContext request) {
        if (identity.isAnonymous() || staff.isStaff()) {
            return null;
        }
        String title = staff.isPartner() ? "The console is not for partners" : "The console is for campaign staff";
        String detail = staff.isPartner()
                ? "You are signed in with a partner account. Partners use the widget and the partner API "
                        + "(see the partner documentation); the console is for the campaign's own staff."
                : "Your account has none of the staff roles (campaigner, approver, admin). Ask an administrator "
                        + "of your campaign to give you one.";
        String html = page.data("title", title).data("detail", detail).data("signOut", true).render();
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }
}
