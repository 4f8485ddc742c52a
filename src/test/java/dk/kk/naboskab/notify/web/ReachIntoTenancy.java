package dk.kk.naboskab.notify.web;

import dk.kk.naboskab.tenancy.domain.Tenant;

/** For {@code ArchitectureTest} only: a class of one context using another's unpublished entity. */
public final class ReachIntoTenancy {
  private ReachIntoTenancy() {}

  public static long tenantId(Tenant tenant) {
    return tenant.getId();
  }
}
