package vn.gov.plans.calendar;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Bad input to the calendar API: HTTP 400 with a Vietnamese message, never a stack trace. */
@RestControllerAdvice(basePackageClasses = CalendarController.class)
class CalendarErrors {

  /** The error body: {@code {"message": "..."}}. */
  record ErrorMessage(String message) {}

  @ExceptionHandler(UnsupportedDateException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorMessage unsupported(UnsupportedDateException e) {
    return new ErrorMessage(e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorMessage typeMismatch(MethodArgumentTypeMismatchException e) {
    return new ErrorMessage("Giá trị \"" + e.getValue() + "\" của tham số " + e.getName()
        + " không hợp lệ" + ("year".equals(e.getName()) ? ": năm phải là một số, ví dụ 2026." : "."));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorMessage missing(MissingServletRequestParameterException e) {
    return new ErrorMessage("Thiếu tham số " + e.getParameterName() + ".");
  }
}
