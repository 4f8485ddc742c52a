package dk.kk.naboskab.api.web;

import dk.kk.naboskab.api.application.RateLimits;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API call takes a token from its client's bucket ({@link RateLimits}); without one it is
 * answered 429 with {@code Retry-After}, before it reaches a resource.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RateLimitFilter implements ContainerRequestFilter {
  @Inject RateLimits rateLimits;
  @Inject Callers callers;

  @Override
  public void filter(ContainerRequestContext request) {
    var decision = rateLimits.take(callers.client());
    if (!decision.allowed()) {
      var seconds = decision.retryAfterSeconds();
      request.abortWith(
          new Problems()
              .toResponse(
                  ApiProblem.of(429, "rate-limited", "api.problem.rateLimited", seconds)
                      .withHeader("Retry-After", Long.toString(seconds))));
    }
  }
}
