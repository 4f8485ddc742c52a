package dk.kk.naboskab.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * The managed Payara Micro, booted once per test run instead of once per test class.
 *
 * <p>Payara's connector starts a JVM when a class deploys and stops it when the class ends: nine
 * boots of 20–30 s each were most of the test command's time. Every integration test deploys the
 * same archive ({@link Deployments#portal()}), so this container deploys the first and answers
 * every later deployment with it; the JVM stops when Arquillian stops the container at the end of
 * the run. The tests already share one database, so sharing the server changes what they may assume
 * only in memory: none keeps state across classes.
 */
public final class SharedPayaraMicro extends PayaraMicroDeployableContainer {
  private static final String TEST_RUNNER = "ArquillianServletRunnerEE9";

  private Archive<?> deployed;
  private ProtocolMetaData metaData;

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (deployed == null) {
      metaData = withTheTestRunner(super.deploy(archive));
      deployed = archive;
      // The one other Payara of the run boots on the cores the journeys leave idle.
      MisconfiguredPortal.startInBackground();
    } else if (!deployed.getName().equals(archive.getName())) {
      throw new DeploymentException(
          "One Payara for the whole run serves one archive: "
              + deployed.getName()
              + " is deployed, "
              + archive.getName()
              + " was asked for. Build it with Deployments.portal().");
    }
    return metaData;
  }

  /**
   * The connector reads the servlets from Payara's output while Payara may still be writing it, and
   * now and then misses the last ones (docs/adr/0005). The test runner is always deployed — the
   * archive carries it — so a missed one is added here instead of failing every in-container test.
   */
  private static ProtocolMetaData withTheTestRunner(ProtocolMetaData metaData) {
    for (var context : metaData.getContexts(HTTPContext.class)) {
      if (context.getServletByName(TEST_RUNNER) == null) {
        var root =
            context.getServlets().stream().map(Servlet::getContextRoot).findFirst().orElse("/");
        context.add(new Servlet(TEST_RUNNER, root));
      }
    }
    return metaData;
  }

  /** The next class deploys the same archive: keep it running. */
  @Override
  public void undeploy(Archive<?> archive) {}

  @Override
  public synchronized void stop() throws LifecycleException {
    if (deployed != null) {
      try {
        super.undeploy(deployed);
      } catch (DeploymentException e) {
        throw new LifecycleException("Could not stop Payara Micro", e);
      } finally {
        deployed = null;
      }
    }
    super.stop();
  }

  /** Registered in {@code META-INF/services}: takes the place of Payara's own container. */
  public static final class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.override(
          DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
    }
  }
}
