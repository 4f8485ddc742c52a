package dk.kk.naboskab.api.web;

import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.insight.application.Caseloads;
import dk.kk.naboskab.insight.application.Filter;
import dk.kk.naboskab.insight.application.ResponseTimes;
import dk.kk.naboskab.insight.application.Retentions;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The figures of *Svartider*, *Sagsbelastning* and *Fastholdelse* for the municipality's warehouse:
 * the pages' own services with the same filters, so the same suppression of small groups ({@code
 * insight.domain.SmallCells}) for analysts. An association's system gets its own response times, as
 * its staff do on the page.
 */
@Path("figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tal", description = "Svartider, sagsbelastning og fastholdelse (aggregerede)")
public class FiguresResource {
  @Inject Callers callers;
  @Inject CurrentUser currentUser;
  @Inject ResponseTimes responseTimes;
  @Inject Caseloads caseloads;
  @Inject Retentions retentions;

  /** Per unit and worker type, as *Sagsbelastning* shows it. */
  @Schema(name = "TypeLoad")
  public record TypeLoad(
      String unit,
      String type,
      long workers,
      BigDecimal positions,
      long tenants,
      long citizens,
      BigDecimal perPosition,
      BigDecimal ownHomePositions,
      Long ownHomeCitizens,
      BigDecimal perOwnHomePosition,
      boolean aboveTarget,
      long uncounted) {}

  /** *Sagsbelastning*'s two tables. */
  @Schema(name = "Caseload")
  public record Caseload(List<TypeLoad> byUnitAndType, List<Caseloads.DepartmentRate> per100) {}

  @GET
  @Path("response-times")
  @Operation(
      operationId = "responseTimes",
      summary = "Svartider pr. ur (kvittering, første svar, afslutning), grupperet",
      description =
          "Median og 90 %-fraktil i arbejdstimer og andel inden for målet. Analytikere: ingen"
              + " gruppe under 5 henvendelser, tal afrundet til 5. Et boligselskab får kun sine"
              + " egne.")
  public Map<ClockKind, List<ResponseTimes.Figure>> responseTimes(
      @Parameter(description = "MONTH (standard), UNIT, ASSOCIATION, DEPARTMENT, CATEGORY, URGENCY")
          @QueryParam("by")
          String by,
      @Parameter(description = "Første måned, ÅÅÅÅ-MM") @QueryParam("from") String from,
      @Parameter(description = "Sidste måned, ÅÅÅÅ-MM") @QueryParam("to") String to,
      @QueryParam("unit") Long unit,
      @QueryParam("association") Long association,
      @QueryParam("category") Long category) {
    if (!currentUser.hasRole(Role.HOUSING_STAFF)) {
      callers.require(Role.ANALYST);
    }
    return responseTimes.allClocks(
        dimension(by), filter(from, to, unit, association, category), ApiProblem.DANISH);
  }

  @GET
  @Path("caseloads")
  @Operation(
      operationId = "caseloads",
      summary = "Sagsbelastning pr. enhed og medarbejdertype, og henvendelser pr. 100 beboere",
      description = "Aldrig pr. medarbejder gennem API'et.")
  public Caseload caseloads(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("unit") Long unit,
      @QueryParam("association") Long association,
      @QueryParam("category") Long category) {
    callers.require(Role.ANALYST);
    var filter = filter(from, to, unit, association, category);
    var loads =
        caseloads.byUnitAndType(filter).stream()
            .map(
                t ->
                    new TypeLoad(
                        t.unit(),
                        t.type(),
                        t.workers(),
                        t.fte(),
                        t.tenants(),
                        t.citizens(),
                        t.perPosition(),
                        t.ownHomePositions(),
                        t.isHomeSupport() ? t.ownHomeCitizens() : null,
                        t.perOwnHomePosition(),
                        t.isAboveTarget(),
                        t.uncounted()))
            .toList();
    return new Caseload(loads, caseloads.concernsPer100(filter));
  }

  @GET
  @Path("retention")
  @Operation(
      operationId = "retention",
      summary = "Fastholdelse: andelen der stadig bor i boligen efter 6, 12 og 24 måneder",
      description =
          "Af dem der blev boliganvist i perioden; grupperet efter TRACK, UNIT,"
              + " ASSOCIATION eller PATHWAY.")
  public List<Retentions.Retention> retention(
      @QueryParam("by") String by,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("unit") Long unit,
      @QueryParam("association") Long association) {
    callers.require(Role.ANALYST);
    return retentions.retention(
        choice(Retentions.By.class, by, Retentions.By.TRACK),
        filter(from, to, unit, association, null));
  }

  private static ResponseTimes.Dimension dimension(String by) {
    var dimension = choice(ResponseTimes.Dimension.class, by, ResponseTimes.Dimension.MONTH);
    return dimension;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, E otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.field(422, "by", "by", "api.problem.parameter", "by");
    }
  }

  private static Filter filter(String from, String to, Long unit, Long association, Long category) {
    return new Filter(month("from", from), month("to", to), unit, association, category);
  }

  private static YearMonth month(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiProblem.field(422, name, "format", "api.problem.month", name);
    }
  }
}
