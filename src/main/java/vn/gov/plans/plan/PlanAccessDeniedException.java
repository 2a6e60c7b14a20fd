package vn.gov.plans.plan;

/** The caller may not act on this plan (answered with 403). */
public class PlanAccessDeniedException extends RuntimeException {

  public PlanAccessDeniedException(String message) {
    super(message);
  }
}
