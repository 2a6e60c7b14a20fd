package vn.gov.plans.progress;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.plans.agency.Caller;

/** {@code /api/plans/{id}/progress}: where a plan stands, as JSON or as a spreadsheet. */
@RestController
class ProgressController {

  private final PlanProgress progress;
  private final IdentityService identityService;

  ProgressController(PlanProgress progress, IdentityService identityService) {
    this.progress = progress;
    this.identityService = identityService;
  }

  @GetMapping("/api/plans/{id}/progress")
  ResponseEntity<PlanProgress.Progress> progress(@PathVariable long id) {
    return ResponseEntity.of(progress.of(id, caller().visibleProvinces()));
  }

  @GetMapping("/api/plans/{id}/progress.xlsx")
  ResponseEntity<byte[]> spreadsheet(@PathVariable long id) {
    return progress.of(id, caller().visibleProvinces())
        .map(found -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("tien-do-ke-hoach-" + id + ".xlsx").build().toString())
            .body(ProgressSpreadsheet.write(found)))
        .orElse(ResponseEntity.notFound().build());
  }

  private Caller caller() {
    return Caller.of(identityService.getCurrentAuthentication());
  }
}
