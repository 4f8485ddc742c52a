package dk.kk.naboskab.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request its id for the logs ({@link RequestIds}) and takes it off the thread after.
 */
@WebFilter(urlPatterns = "/*")
public class RequestIdFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    RequestIds.enter(request, response);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestIds.leave();
    }
  }
}
