package dk.kk.naboskab.api.web;

import dk.kk.naboskab.api.application.ApiFilings;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.application.ClockView;
import dk.kk.naboskab.concern.application.ConcernLists;
import dk.kk.naboskab.concern.application.ConcernReading;
import dk.kk.naboskab.concern.application.ConcernService;
import dk.kk.naboskab.concern.application.FileConcern;
import dk.kk.naboskab.concern.application.Upload;
import dk.kk.naboskab.concern.domain.Step;
import dk.kk.naboskab.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Concerns as an association's system files, follows and answers them: the pages' services ({@link
 * ConcernService}, {@link ConcernLists}, {@link ConcernReading}) under the same rules, so a system
 * can do everything its staff do on the concern pages and nothing more.
 */
@Path("concerns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Henvendelser", description = "Meld, følg og besvar bekymringer")
public class ConcernsResource {
  /** The most a request body may hold: the text and its files, base64-encoded. */
  static final int MAX_BODY = 16 * 1024 * 1024;

  private static final Set<String> FILING_FIELDS =
      Set.of("tenantId", "categoryId", "urgency", "description", "happenedAt", "location", "files");
  private static final Set<String> STEP_FIELDS = Set.of("text", "files");

  @Inject Callers callers;
  @Inject ApiFilings filings;
  @Inject ConcernService concerns;
  @Inject ConcernLists lists;
  @Inject ConcernReading reading;
  @Inject Validator validator;
  @jakarta.ws.rs.core.Context UriInfo uri;

  /** One of a concern's clocks: the business minutes left, negative when overdue. */
  @Schema(name = "Clock")
  public record Clock(String clock, String state, long minutesLeft) {
    static Clock of(ClockView view) {
      return new Clock(view.kind().name(), view.state().name(), view.minutesLeft());
    }
  }

  /** A row of the association's list. */
  @Schema(name = "ConcernSummary")
  public record Summary(
      String id,
      int version,
      String status,
      String urgency,
      String category,
      Instant filedAt,
      String tenantName,
      String address,
      String contact,
      Clock clock,
      String href) {}

  /** A file on the timeline; {@code href} downloads it. */
  @Schema(name = "File")
  public record File(String id, String name, int sizeBytes, String contentType, String href) {}

  /** A line of the timeline the association sees (the municipality's notes never). */
  @Schema(name = "TimelineEntry")
  public record Entry(
      Instant occurredAt,
      String actor,
      String kind,
      String text,
      String outcome,
      List<File> files) {}

  /**
   * One concern as the association sees it. {@code steps}: what the caller may do now ({@code
   * information}, {@code confirmation}, {@code reopening}), each a POST to {@code
   * /concerns/{id}/{step}} with the version in {@code If-Match}.
   */
  @Schema(name = "Concern")
  public record Concern(
      String id,
      int version,
      String status,
      String urgency,
      String category,
      String tenantName,
      String address,
      String department,
      Instant filedAt,
      Instant happenedAt,
      String location,
      String description,
      String contact,
      String outcome,
      List<Clock> clocks,
      List<Entry> timeline,
      List<String> steps) {}

  /** What a filing answers: the concern's id and where to read it. */
  @Schema(name = "Filed")
  public record Filed(String id, String href) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "fileConcern",
      summary = "Meld en bekymring om en af boligselskabets boliganviste beboere",
      description =
          "Fordeles straks til den, der svarer for beboeren. Idempotency-Key er påkrævet: samme"
              + " nøgle og samme indhold giver den første henvendelse igen (header"
              + " Idempotent-Replayed: true), aldrig en ny; samme nøgle med andet indhold afvises"
              + " (422).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Filing.class)))
  @APIResponse(
      responseCode = "201",
      description = "Meldt",
      content = @Content(schema = @Schema(implementation = Filed.class)))
  @APIResponse(
      responseCode = "422",
      description = "Et felt brød en regel",
      content =
          @Content(
              mediaType = Problems.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  public Response file(
      @Parameter(
              description = "Klientens nøgle for netop denne melding, højst 100 tegn",
              required = true)
          @HeaderParam("Idempotency-Key")
          String key,
      @Parameter(hidden = true) InputStream in) {
    callers.require(Role.HOUSING_STAFF);
    if (key == null || key.isBlank() || key.length() > ApiFilings.MAX_KEY) {
      throw ApiProblem.field(
          400, "Idempotency-Key", "required", "api.problem.idempotencyKeyRequired");
    }
    var body = JsonBody.read(in, MAX_BODY, FILING_FIELDS);
    var command =
        new FileConcern(
            body.number("tenantId").orElse(null),
            body.number("categoryId").orElse(null),
            urgency(body),
            body.text("description").orElse(null),
            happenedAt(body),
            body.text("location").orElse(null));
    var invalid = validator.validate(command);
    if (!invalid.isEmpty()) {
      throw ApiProblem.invalid(Fields.errors(invalid));
    }
    var filed = filings.file(callers.client(), key, body.bytes(), command, uploads(body));
    var location = uri.getBaseUriBuilder().path("concerns").path(filed.id()).build();
    return Response.created(location)
        .header("Idempotent-Replayed", filed.replayed())
        .entity(new Filed(filed.id(), location.toString()))
        .build();
  }

  /** A filing as a client sends it (for the OpenAPI document; the body is read strictly). */
  @Schema(
      name = "Filing",
      description = "En melding. files: billeder eller PDF, højst 5, hver højst 10 MB (base64).")
  public record Filing(
      @Schema(
              required = true,
              type = SchemaType.INTEGER,
              format = "int64",
              description = "Beboerens id fra GET /tenants")
          long tenantId,
      @Schema(
              required = true,
              type = SchemaType.INTEGER,
              format = "int64",
              description = "Fra GET /categories")
          long categoryId,
      @Schema(
              required = true,
              enumeration = {"ACUTE", "URGENT", "NORMAL"})
          String urgency,
      @Schema(required = true, maxLength = 4000) String description,
      @Schema(
              description = "Hvornår det skete, københavnsk tid",
              example = "2026-11-30T21:15",
              type = SchemaType.STRING)
          String happenedAt,
      @Schema(maxLength = 200) String location,
      @Schema(type = SchemaType.ARRAY, implementation = FileUpload.class) List<FileUpload> files) {}

  /** A file sent with a filing or an answer. */
  @Schema(name = "FileUpload")
  public record FileUpload(
      @Schema(required = true) String name,
      @Schema(required = true, description = "Filens bytes, base64", format = "byte")
          String content) {}

  @GET
  @Operation(
      operationId = "listConcerns",
      summary = "Boligselskabets henvendelser med status og ure, nyeste først")
  public Paging.Page<Summary> list(
      @Parameter(description = "OPEN (standard), DONE eller EVERY") @QueryParam("status")
          String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    callers.require(Role.HOUSING_STAFF);
    var show = show(status);
    var checkedSize = Paging.checkedSize(size);
    var rows = lists.ours(show, Paging.first(page, size), checkedSize, ApiProblem.DANISH);
    var items = rows.stream().map(this::summary).toList();
    return new Paging.Page<>(items, Paging.checkedPage(page), checkedSize, lists.countOurs(show));
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "readConcern",
      summary = "Én henvendelse med den tidslinje, boligselskabet ser")
  @APIResponse(responseCode = "200", description = "Henvendelsen; ETag er dens version")
  @APIResponse(responseCode = "404", description = "Findes ikke, eller er et andet boligselskabs")
  public Response read(@PathParam("id") String id) {
    callers.require(Role.HOUSING_STAFF);
    var concern = concern(reading.details(id, ApiProblem.DANISH));
    return Response.ok(concern).tag(new EntityTag(Integer.toString(concern.version()))).build();
  }

  @POST
  @Path("{id}/information")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "provideInformation",
      summary = "Svar på kommunens anmodning om oplysninger (tekst og evt. filer)")
  @RequestBody(content = @Content(schema = @Schema(implementation = Answer.class)))
  public Response provideInformation(
      @PathParam("id") String id,
      @Parameter(description = "Versionen fra ETag", required = true) @HeaderParam("If-Match")
          String ifMatch,
      @Parameter(hidden = true) InputStream in) {
    return step(id, ifMatch, in, Step.PROVIDE_INFO);
  }

  @POST
  @Path("{id}/confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "confirmResolution",
      summary = "Bekræft kommunens afslutning (evt. med en tekst)")
  @RequestBody(content = @Content(schema = @Schema(implementation = Answer.class)))
  public Response confirm(
      @PathParam("id") String id,
      @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
      @Parameter(hidden = true) InputStream in) {
    return step(id, ifMatch, in, Step.CONFIRM);
  }

  @POST
  @Path("{id}/reopening")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reopenConcern",
      summary = "Genåbn en afsluttet henvendelse (inden for 14 dage) med en begrundelse")
  @RequestBody(content = @Content(schema = @Schema(implementation = Answer.class)))
  public Response reopen(
      @PathParam("id") String id,
      @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
      @Parameter(hidden = true) InputStream in) {
    return step(id, ifMatch, in, Step.REOPEN);
  }

  /** An answer: words and, where the step takes them, files. */
  @Schema(name = "Answer")
  public record Answer(
      @Schema(maxLength = 4000) String text,
      @Schema(type = SchemaType.ARRAY, implementation = FileUpload.class) List<FileUpload> files) {}

  private Response step(String id, String ifMatch, InputStream in, Step step) {
    callers.require(Role.HOUSING_STAFF);
    var version = version(ifMatch);
    var body = JsonBody.read(in, MAX_BODY, STEP_FIELDS);
    concerns.take(id, version, step, body.text("text").orElse(null), uploads(body));
    var concern = concern(reading.details(id, ApiProblem.DANISH));
    return Response.ok(concern).tag(new EntityTag(Integer.toString(concern.version()))).build();
  }

  private static int version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiProblem.of(428, "precondition-required", "api.problem.preconditionRequired");
    }
    var value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiProblem.field(400, "If-Match", "version", "api.problem.preconditionRequired");
    }
  }

  private static List<Upload> uploads(JsonBody body) {
    return body.files("files").stream().map(f -> new Upload(f.name(), f.content())).toList();
  }

  private static Urgency urgency(JsonBody body) {
    return body.text("urgency")
        .map(
            code -> {
              try {
                return Urgency.valueOf(code.toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw ApiProblem.field(422, "urgency", "urgency", "api.problem.urgency");
              }
            })
        .orElse(null);
  }

  private static LocalDateTime happenedAt(JsonBody body) {
    return body.text("happenedAt")
        .map(
            text -> {
              try {
                return LocalDateTime.parse(text);
              } catch (DateTimeParseException e) {
                throw ApiProblem.field(422, "happenedAt", "format", "api.problem.happenedAt");
              }
            })
        .orElse(null);
  }

  private static ConcernLists.Show show(String status) {
    if (status == null || status.isBlank()) {
      return ConcernLists.Show.OPEN;
    }
    try {
      return ConcernLists.Show.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.field(422, "status", "status", "api.problem.status");
    }
  }

  private Summary summary(ConcernLists.Row row) {
    return new Summary(
        row.publicId(),
        row.version(),
        row.status().name(),
        row.urgency().name(),
        row.category(),
        row.filedAt(),
        row.tenantName(),
        row.address(),
        row.assignee(),
        row.clock() == null ? null : Clock.of(row.clock()),
        href(row.publicId()));
  }

  private Concern concern(ConcernReading.Details d) {
    return new Concern(
        d.publicId(),
        d.version(),
        d.status().name(),
        d.urgency().name(),
        d.category(),
        d.tenantName(),
        d.address(),
        d.department(),
        d.filedAt(),
        d.happenedAt(),
        d.location(),
        d.description(),
        d.assignee(),
        d.outcome() == null ? null : d.outcome().name(),
        d.clocks().stream().map(Clock::of).toList(),
        d.timeline().stream()
            .map(
                e ->
                    new Entry(
                        e.occurredAt(),
                        e.actorName(),
                        e.kindName(),
                        e.text(),
                        e.outcome() == null ? null : e.outcome().name(),
                        e.files().stream()
                            .map(
                                f ->
                                    new File(
                                        f.publicId(),
                                        f.fileName(),
                                        f.sizeBytes(),
                                        f.contentType(),
                                        uri.getBaseUriBuilder()
                                            .path("files")
                                            .path(f.publicId())
                                            .build()
                                            .toString()))
                            .toList()))
            .toList(),
        d.allowedSteps().stream()
            .filter(s -> s.side() == Step.Side.ASSOCIATION)
            .map(ConcernsResource::stepName)
            .sorted()
            .toList());
  }

  static String stepName(Step step) {
    return switch (step) {
      case PROVIDE_INFO -> "information";
      case CONFIRM -> "confirmation";
      case REOPEN -> "reopening";
      default -> step.name().toLowerCase(Locale.ROOT);
    };
  }

  private String href(String id) {
    return uri.getBaseUriBuilder().path("concerns").path(id).build().toString();
  }
}
