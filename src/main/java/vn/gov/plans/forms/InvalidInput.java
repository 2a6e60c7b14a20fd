package vn.gov.plans.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A user's input the server refuses. The engine's REST API answers a {@link
 * FormFieldValidationException} with 400 and its message (Vietnamese here), for completed tasks
 * and submitted forms alike; {@link UserErrorsPlugin} unwraps it from listener and delegate calls.
 */
public final class InvalidInput {

  private InvalidInput() {}

  public static FormFieldValidationException because(String message) {
    return new FormFieldValidationException(null, message);
  }
}
