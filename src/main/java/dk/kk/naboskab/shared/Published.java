package dk.kk.naboskab.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A type of a context's published face: other contexts may use it (and the types nested in it).
 * Everything else in a context is its own business; {@code ArchitectureTest} fails the build when
 * another context uses it (docs/adr/0015). {@code shared} is the kernel every context may use, and
 * needs no mark.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Published {
  /** Who it is for and what it answers, in a few words. */
  String value();
}
