package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.shared.Messages;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.tenancy.domain.Responsibility;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

/**
 * Who answers for a tenant and why, in plain words: "Hjemmevejleder Henrik Holm er fraværende til
 * 3. marts 2026; stedfortræder Sara Lund." The routing of concerns stores the Danish text with each
 * concern, so it still says why after people and absences change.
 *
 * @param who the worker's name, or the housing-social team's
 * @param why the route, one sentence per step
 */
@Published("concern: why a worker answers for a tenant, in words")
public record Explanation(String who, String why) implements java.io.Serializable {

  /**
   * @param names the names of every worker on the route, by id
   * @param teamName the housing-social team of the unit covering the tenant
   */
  public static Explanation of(
      Responsibility responsibility, Map<Long, String> names, String teamName, Locale locale) {
    var sentences = new ArrayList<String>();
    for (var step : responsibility.route()) {
      sentences.add(sentence(step, names, locale));
    }
    String who;
    if (responsibility instanceof Responsibility.Worker w) {
      who = names.get(w.workerId());
    } else {
      who = teamName;
      sentences.add(Messages.text(locale, "why.team", teamName));
    }
    return new Explanation(who, String.join(" ", sentences));
  }

  private static String sentence(Responsibility.Step step, Map<Long, String> names, Locale locale) {
    if (step instanceof Responsibility.Assigned a) {
      return Messages.text(locale, "why.assigned", a.role(), names.get(a.workerId()));
    }
    if (step instanceof Responsibility.Away a) {
      return a.until() == null
          ? Messages.text(
              locale, "why.awayOpen", names.get(a.workerId()), names.get(a.substituteId()))
          : Messages.text(
              locale, "why.away", names.get(a.workerId()), a.until(), names.get(a.substituteId()));
    }
    if (step instanceof Responsibility.SubstituteLoop l) {
      return Messages.text(locale, "why.loop", names.get(l.workerId()));
    }
    return Messages.text(locale, "why.nobody");
  }
}
