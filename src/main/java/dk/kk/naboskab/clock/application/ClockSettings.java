package dk.kk.naboskab.clock.application;

import dk.kk.naboskab.clock.domain.BusinessCalendar;
import dk.kk.naboskab.clock.domain.ResponsePolicy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The calendar and response targets the concerns' clocks run on. For now the documented defaults
 * (Copenhagen's working hours and holidays; the target proposal to the associations); an
 * administrator's page to change them and add closed days is the next step of the clock issue.
 */
@ApplicationScoped
public class ClockSettings {
  private final BusinessCalendar calendar = BusinessCalendar.copenhagen();
  private final ResponsePolicy policy = ResponsePolicy.proposal();

  public BusinessCalendar calendar() {
    return calendar;
  }

  public ResponsePolicy policy() {
    return policy;
  }
}
