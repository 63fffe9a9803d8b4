package org.chorus.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?actor=&action=&subject=&from=&to=&page=&size=} of an audit endpoint. Everything is taken as text and checked
 * here, so that a bad value is a 400 problem naming the parameter (JAX-RS would answer an unconvertible query
 * parameter with a bare 404).
 */
@AuditQuery.OrderedWindow
public class AuditQuery {

    @QueryParam("actor")
    @Size(min = 1, max = 255)
    public String actor;

    @QueryParam("action")
    @Pattern(regexp = "[a-z][a-z0-9.-]{0,63}", message = "must be an action name such as petition.publish")
    public String action;

    @QueryParam("subject")
    @Size(min = 1, max = 255)
    public String subject;

    @QueryParam("from")
    @InstantText
    public String from;

    @QueryParam("to")
    @InstantText
    public String to;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "\\d{1,7}", message = "must be a page number from 0")
    public String page;

    @QueryParam("size")
    @DefaultValue("" + AuditFilter.DEFAULT_SIZE)
    @Pattern(regexp = "0*([1-9]|[1-9]\\d|1\\d\\d|200)", message = "must be a number from 1 to " + AuditFilter.MAX_SIZE)
    public String size;

    /** Call only once the query is valid. */
    public AuditFilter filter() {
        return new AuditFilter(actor, action, subject, instant(from), instant(to), Integer.parseInt(page),
                Integer.parseInt(size));
    }

    private static Instant instant(String text) {
        return text == null ? null : InstantText.Validator.parse(text);
    }

    /** {@code from} before {@code to}; an empty window is reported on {@code to}, the parameter to correct. */
    @Documented
    @Constraint(validatedBy = OrderedWindow.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface OrderedWindow {

        String message() default "must be later than from";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<OrderedWindow, AuditQuery> {

            @Override
            public boolean isValid(AuditQuery query, ConstraintValidatorContext context) {
                if (query.from == null || query.to == null || !InstantText.Validator.valid(query.from)
                        || !InstantText.Validator.valid(query.to)
                        || InstantText.Validator.parse(query.from).isBefore(InstantText.Validator.parse(query.to))) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("to").addConstraintViolation();
                return false;
            }
        }
    }
}
