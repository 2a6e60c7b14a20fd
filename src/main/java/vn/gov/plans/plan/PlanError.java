package vn.gov.plans.plan;

/** One problem of a plan definition: where ({@code tasks[3].lead}) and what, in Vietnamese. */
public record PlanError(String path, String message) {}
