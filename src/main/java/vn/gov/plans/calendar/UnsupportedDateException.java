package vn.gov.plans.calendar;

/** A date or year the calendar cannot handle; the message is in Vietnamese and safe to show. */
public class UnsupportedDateException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public UnsupportedDateException(String message) {
    super(message);
  }
}
