package dk.kk.naboskab.pathway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * A case worker in the municipality (myndighedssagsbehandler), outposted to one or more shelters:
 * the shelters decide whose stays they see.
 */
@Entity
@Table(name = "case_worker")
@NamedQuery(
    name = CaseWorker.BY_USERNAME,
    query = "select w from CaseWorker w where w.username = :username")
public class CaseWorker {
  public static final String BY_USERNAME = "CaseWorker.byUsername";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String username;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(length = 200)
  private String email;

  @Column(length = 30)
  private String phone;

  @Column(nullable = false)
  private boolean active = true;

  @ManyToMany
  @JoinTable(
      name = "shelter_case_worker",
      joinColumns = @jakarta.persistence.JoinColumn(name = "case_worker_id"),
      inverseJoinColumns = @jakarta.persistence.JoinColumn(name = "shelter_id"))
  private Set<Shelter> shelters = new HashSet<>();

  @Version private int version;

  protected CaseWorker() {}

  public CaseWorker(String username, String name, String email, String phone) {
    this.username = username;
    this.name = name;
    this.email = email;
    this.phone = phone;
  }

  /** Outposts the case worker to a shelter (fremskudt sagsbehandler). */
  public void outpostTo(Shelter shelter) {
    shelters.add(shelter);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public boolean isActive() {
    return active;
  }

  public Set<Shelter> getShelters() {
    return shelters;
  }
}
