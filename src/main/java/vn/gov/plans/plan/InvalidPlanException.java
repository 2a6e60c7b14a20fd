package vn.gov.plans.plan;

import java.util.List;
import java.util.stream.Collectors;

/** A plan definition that cannot be accepted; nothing of it has been stored. */
public class InvalidPlanException extends RuntimeException {

  private final List<PlanError> errors;

  public InvalidPlanException(List<PlanError> errors) {
    super(errors.stream().map(e -> e.path() + ": " + e.message()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<PlanError> errors() {
    return errors;
  }
}
