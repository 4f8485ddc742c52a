package dk.kk.naboskab.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test on the managed Payara Micro: the real servers first, then Arquillian. The
 * order of the two extensions matters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealServers.class)
@ExtendWith(ArquillianExtension.class)
public @interface NaboskabIT {}
