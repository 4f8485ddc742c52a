package dk.kk.naboskab.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment the integration tests use: the portal's own WAR as the build made it, so tests
 * run against exactly what ships, plus what in-container tests need.
 */
public final class Deployments {
  /**
   * Every page of the portal needs a signed-in user; Arquillian's in-container test runner must be
   * reachable without one. A web fragment adds that one exception, in tests only.
   */
  private static final String OPEN_TEST_RUNNER =
      """
      <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <name>arquillian_open_runner</name>
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>arquillian test runner</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
          </web-resource-collection>
        </security-constraint>
      </web-fragment>
      """;

  private Deployments() {}

  /** The portal WAR with the given test classes (and the test support package) added. */
  public static WebArchive portal(Class<?>... testClasses) {
    var war =
        ShrinkWrap.create(ZipImporter.class, "naboskab.war")
            .importFrom(new File(System.getProperty("naboskab.war")))
            .as(WebArchive.class);
    war.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "arquillian-open-runner.jar")
            .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
    war.addPackage(Deployments.class.getPackage());
    war.addClasses(testClasses);
    return war;
  }
}
