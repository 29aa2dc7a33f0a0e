package app.touchbase.shared.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of an event (or of a record an event carries) that holds personal data: it is stored encrypted with
 * the key of the nearest enclosing {@link PersonalData}, and reads back empty once that key is erased.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Personal {
}
