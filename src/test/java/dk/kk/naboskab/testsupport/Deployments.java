package dk.kk.naboskab.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the portal's own WAR as the build made it, so
 * tests run against exactly what ships, plus what in-container tests need. One archive for all
 * classes lets the run boot one Payara for all of them ({@link SharedPayaraMicro}).
 */
public final class Deployments {
  /**
   * Every page of the portal needs a signed-in user; Arquillian's in-container test runner and the
   * page costs the tests read ({@link PageCostLog}) and the timers' work on demand ({@link
   * TimersNow}) must be reachable without one. A web fragment adds those exceptions, in tests only.
   */
  private static final String OPEN_TEST_RUNNER =
      """
      <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <name>arquillian_open_runner</name>
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>arquillian test runner</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
            <url-pattern>/test/page-costs</url-pattern>
            <url-pattern>/test/session-weights</url-pattern>
            <url-pattern>/test/timers-now</url-pattern>
          </web-resource-collection>
        </security-constraint>
      </web-fragment>
      """;

  private Deployments() {}

  /**
   * The portal WAR with the integration tests and their helpers added: every compiled test class
   * but the unit tests ({@code *Test}), the demo and the benchmarks. The mail tests' SMTP server
   * (GreenMail) runs inside Payara, so its jars come along.
   */
  public static WebArchive portal() {
    var war =
        ShrinkWrap.create(ZipImporter.class, "naboskab.war")
            .importFrom(new File(System.getProperty("naboskab.war")))
            .as(WebArchive.class);
    war.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "arquillian-open-runner.jar")
            .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
    var testClasses = location(Deployments.class);
    try (var files = Files.walk(testClasses.resolve("dk/kk/naboskab"))) {
      files
          .filter(Deployments::belongsInTheContainer)
          .forEach(
              file ->
                  war.add(
                      new FileAsset(file.toFile()),
                      "WEB-INF/classes/" + testClasses.relativize(file).toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    war.addAsLibraries(
        location(com.icegreen.greenmail.util.GreenMail.class).toFile(),
        location(org.slf4j.LoggerFactory.class).toFile());
    return war;
  }

  private static boolean belongsInTheContainer(Path file) {
    var path = file.toString().replace(File.separatorChar, '/');
    var topLevel = file.getFileName().toString().replaceAll("\\$.*|\\.class$", "");
    return path.endsWith(".class")
        && !path.contains("/naboskab/dev/")
        && !path.contains("/naboskab/bench/")
        && !topLevel.endsWith("Test");
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
