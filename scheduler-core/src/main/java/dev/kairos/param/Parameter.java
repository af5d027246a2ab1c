package dev.kairos.param;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a parameter, in one of two places:
 * <ul>
 *   <li>on a parameter of an {@code @Task} method: inject the parameter of this name (needed when
 *       the code is not compiled with {@code -parameters}, or to use another name);</li>
 *   <li>on a method without parameters of an object given to {@code SessionBuilder.parameters}: a
 *       session parameter (named by {@link #value()}, or by the method when empty) whose value is the
 *       method's result, computed right before each run that asks for it.</li>
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Parameter {

    /** The parameter's name; empty for the method's own name (on a supplier method only). */
    String value() default "";
}
