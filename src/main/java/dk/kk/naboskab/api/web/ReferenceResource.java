package dk.kk.naboskab.api.web;

import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.application.ConcernChoices;
import dk.kk.naboskab.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The choices a client's form offers: categories and urgencies, as the filing page has them. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opslag", description = "Kategorier og hastegrader til klientens formularer")
public class ReferenceResource {
  @Inject ConcernChoices choices;

  /** A category to file under. */
  public record Category(long id, String name) {}

  /** An urgency; {@code code} is what a filing sends. */
  public record UrgencyChoice(String code, String name) {}

  @GET
  @Path("categories")
  @Operation(
      operationId = "listCategories",
      summary = "Kategorierne, i administratorens rækkefølge (kun aktive)")
  public List<Category> categories() {
    return choices.categories(ApiProblem.DANISH).stream()
        .map(c -> new Category(c.id(), c.label()))
        .toList();
  }

  @GET
  @Path("urgencies")
  @Operation(
      operationId = "listUrgencies",
      summary = "Hastegraderne; ACUTE alarmerer også enhedens boligsociale team")
  public List<UrgencyChoice> urgencies() {
    return Arrays.stream(Urgency.values())
        .map(
            u ->
                new UrgencyChoice(u.name(), Messages.text(ApiProblem.DANISH, Messages.labelKey(u))))
        .toList();
  }
}
