package dk.kk.naboskab.bench.bare;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds the bare page's WAR for the benchmark: one Faces page, PrimeFaces, nothing else. */
public final class BareWar {
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
            xmlns:p="primefaces">
        <h:head><title>Bare</title></h:head>
        <h:body>
          <p:dataTable value="#{bareTable.rows}" var="r" rows="25">
            <p:column headerText="Id">#{r.id}</p:column>
            <p:column headerText="Hast">#{r.urgency}</p:column>
            <p:column headerText="Meldt">#{r.filed}</p:column>
            <p:column headerText="Beboer">#{r.tenant}</p:column>
            <p:column headerText="Adresse">#{r.address}</p:column>
            <p:column headerText="Boligselskab">#{r.association}</p:column>
            <p:column headerText="Kategori">#{r.category}</p:column>
            <p:column headerText="Status">#{r.status}</p:column>
          </p:dataTable>
        </h:body>
      </html>
      """;

  private static final String WEB_XML =
      """
      <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <context-param>
          <param-name>jakarta.faces.PROJECT_STAGE</param-name>
          <param-value>Production</param-value>
        </context-param>
        <servlet>
          <servlet-name>Faces Servlet</servlet-name>
          <servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class>
          <load-on-startup>1</load-on-startup>
        </servlet>
        <servlet-mapping>
          <servlet-name>Faces Servlet</servlet-name>
          <url-pattern>*.xhtml</url-pattern>
        </servlet-mapping>
      </web-app>
      """;

  private BareWar() {}

  /** Writes {@code bare.war} into the folder and returns it. */
  public static Path writeTo(Path folder) {
    var war =
        ShrinkWrap.create(WebArchive.class, "bare.war")
            .addClasses(BareTable.class, BareTable.Row.class)
            .addAsWebResource(new StringAsset(PAGE), "bare.xhtml")
            .addAsWebInfResource(new StringAsset(WEB_XML), "web.xml")
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addAsLibrary(jarOf(org.primefaces.PrimeFaces.class));
    var file = folder.resolve("bare.war");
    war.as(ZipExporter.class).exportTo(file.toFile(), true);
    return file;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
