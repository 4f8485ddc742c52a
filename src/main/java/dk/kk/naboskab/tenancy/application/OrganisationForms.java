package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.tenancy.domain.WorkerType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What an administrator enters to create or change a part of the support organisation. An empty
 * {@code id} creates; otherwise {@code version} is the version the form was loaded with.
 */
public final class OrganisationForms {
  private OrganisationForms() {}

  public record UnitForm(
      Long id,
      int version,
      @NotBlank(message = "{org.code.required}")
          @Pattern(regexp = "^[A-Z0-9-]{1,20}$", message = "{org.code.format}")
          String code,
      @NotBlank(message = "{org.name.required}") @Size(max = 120, message = "{org.name.size}")
          String name,
      @NotBlank(message = "{unit.teamName.required}") @Size(max = 120, message = "{org.name.size}")
          String teamName,
      @Email(message = "{org.email.format}") @Size(max = 200, message = "{org.email.format}")
          String teamEmail,
      @Pattern(regexp = "^$|^[+0-9 ]{8,20}$", message = "{tenant.phone.format}")
          String teamPhone) {}

  public record DistrictForm(
      Long id,
      int version,
      @NotBlank(message = "{org.name.required}") @Size(max = 80, message = "{org.name.size}")
          String name,
      @NotNull(message = "{district.unit.required}") Long unitId) {}

  public record AssociationForm(
      Long id,
      int version,
      @NotBlank(message = "{org.code.required}")
          @Pattern(regexp = "^[A-Z0-9-]{1,20}$", message = "{org.code.format}")
          String code,
      @NotBlank(message = "{org.name.required}") @Size(max = 120, message = "{org.name.size}")
          String name) {}

  public record DepartmentForm(
      Long id,
      int version,
      @NotNull(message = "{department.association.required}") Long associationId,
      @NotBlank(message = "{department.number.required}")
          @Size(max = 20, message = "{department.number.size}")
          String number,
      @NotBlank(message = "{org.name.required}") @Size(max = 120, message = "{org.name.size}")
          String name,
      @NotBlank(message = "{department.address.required}")
          @Size(max = 200, message = "{tenant.address.size}")
          String address,
      @NotNull(message = "{department.postalCode.format}")
          @Pattern(regexp = "^[0-9]{4}$", message = "{department.postalCode.format}")
          String postalCode,
      @NotBlank(message = "{department.city.required}") @Size(max = 60, message = "{org.name.size}")
          String city,
      @NotNull(message = "{department.flats.required}")
          @Min(value = 0, message = "{department.flats}")
          Integer flats,
      @NotNull(message = "{department.district.required}") Long districtId) {}

  public record WorkerForm(
      Long id,
      int version,
      @Size(max = 100, message = "{worker.username.size}") String username,
      @NotBlank(message = "{org.name.required}") @Size(max = 120, message = "{org.name.size}")
          String name,
      @Pattern(regexp = "^$|^[+0-9 ]{8,20}$", message = "{tenant.phone.format}") String phone,
      @Email(message = "{org.email.format}") @Size(max = 200, message = "{org.email.format}")
          String email,
      @NotNull(message = "{worker.type.required}") WorkerType type,
      @NotNull(message = "{worker.unit.required}") Long unitId,
      @NotNull(message = "{worker.fte}")
          @DecimalMin(value = "0.01", message = "{worker.fte}")
          @DecimalMax(value = "1.00", message = "{worker.fte}")
          BigDecimal fte,
      boolean active) {}
}
