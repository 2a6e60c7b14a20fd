package vn.gov.plans.plan;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.plans.agency.Caller;

/**
 * {@code /api/plans}: create a plan from its definition file (YAML body), list and read plans of
 * the caller's provinces. Authentication comes from the HTTP Basic filter in front of {@code /api}.
 */
@RestController
@RequestMapping("/api/plans")
class PlanController {

  private final PlanService service;
  private final PlanQueries queries;
  private final IdentityService identityService;

  PlanController(PlanService service, PlanQueries queries, IdentityService identityService) {
    this.service = service;
    this.queries = queries;
    this.identityService = identityService;
  }

  @PostMapping
  ResponseEntity<PlanService.CreatedPlan> create(@RequestBody(required = false) String yaml) {
    PlanService.CreatedPlan created = service.create(yaml, caller());
    return ResponseEntity.created(URI.create("/api/plans/" + created.planId())).body(created);
  }

  @GetMapping
  List<PlanQueries.PlanSummary> list() {
    return queries.list(caller());
  }

  @GetMapping("/{id}")
  ResponseEntity<PlanQueries.PlanDetails> get(@PathVariable long id) {
    return ResponseEntity.of(queries.details(id, caller()));
  }

  private Caller caller() {
    return Caller.of(identityService.getCurrentAuthentication());
  }

  @ExceptionHandler(InvalidPlanException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, Object> invalid(InvalidPlanException e) {
    return Map.of(
        "message", "Kế hoạch không hợp lệ: " + e.errors().size() + " lỗi, chưa lưu gì.",
        "errors", e.errors());
  }

  @ExceptionHandler(PlanAccessDeniedException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  Map<String, Object> denied(PlanAccessDeniedException e) {
    return Map.of("message", e.getMessage());
  }
}
