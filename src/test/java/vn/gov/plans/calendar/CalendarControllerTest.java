package vn.gov.plans.calendar;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON of the calendar API. Only this package's controller and advice are scanned
 * ({@code useDefaultFilters = false}), so other packages' web components cannot break this test.
 */
@WebMvcTest(
    controllers = CalendarController.class,
    useDefaultFilters = false,
    includeFilters = @ComponentScan.Filter(
        type = FilterType.ASSIGNABLE_TYPE,
        classes = {CalendarController.class, CalendarErrors.class}))
@Import(CalendarConfiguration.class)
class CalendarControllerTest {

  @Autowired private MockMvc mvc;

  @Test
  void officialYear() throws Exception {
    mvc.perform(get("/api/calendar/2026"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.year").value(2026))
        .andExpect(jsonPath("$.official").value(true))
        .andExpect(jsonPath("$.daysOff[0].date").value("2026-01-01"))
        .andExpect(jsonPath("$.daysOff[0].name").value("Tết Dương lịch"))
        .andExpect(jsonPath("$.daysOff[0].source").value(startsWith("Bộ luật Lao động 2019")))
        .andExpect(jsonPath("$.daysOff[?(@.date == '2026-02-17')].name")
            .value(hasItem(startsWith("Nghỉ Tết Âm lịch Bính Ngọ"))))
        .andExpect(jsonPath("$.workingWeekendDays", hasSize(2)))
        .andExpect(jsonPath("$.workingWeekendDays[0].date").value("2026-01-10"))
        .andExpect(jsonPath("$.workingWeekendDays[1].date").value("2026-08-22"));
  }

  @Test
  void workingWeekendDays() throws Exception {
    mvc.perform(get("/api/calendar/2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.workingWeekendDays[0].date").value("2025-04-26"))
        .andExpect(jsonPath("$.workingWeekendDays[0].name").value(startsWith("Làm bù")))
        .andExpect(jsonPath("$.workingWeekendDays[0].source").value(startsWith("Thông báo")));
  }

  @Test
  void computedYear() throws Exception {
    mvc.perform(get("/api/calendar/2028"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.official").value(false))
        .andExpect(jsonPath("$.daysOff[1].date").value("2028-01-03"))
        .andExpect(jsonPath("$.daysOff[1].source")
            .value("Mặc định theo Bộ luật Lao động 2019 (Điều 111 khoản 3)"));
  }

  @Test
  void lunarDate() throws Exception {
    mvc.perform(get("/api/calendar/lunar/2026-02-17"))
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"date":"2026-02-17","lunarYear":2026,"lunarMonth":1,"lunarDay":1,"leapMonth":false,
             "text":"mùng 1 tháng Giêng năm Bính Ngọ"}""", true));
    mvc.perform(get("/api/calendar/lunar/2023-04-01"))
        .andExpect(jsonPath("$.lunarMonth").value(2))
        .andExpect(jsonPath("$.leapMonth").value(true));
  }

  @Test
  void dueDateMovedFromASaturday() throws Exception {
    mvc.perform(get("/api/calendar/due-date").param("last-day", "2026-12-19"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lastDay").value("2026-12-19"))
        .andExpect(jsonPath("$.dueDate").value("2026-12-21"))
        .andExpect(jsonPath("$.reason").value(
            "Ngày thứ Bảy 19/12/2026 là ngày nghỉ hằng tuần, nên theo khoản 5 Điều 148 Bộ luật Dân"
                + " sự 2015 thời hạn kết thúc vào cuối ngày làm việc tiếp theo, thứ Hai 21/12/2026."));
  }

  @Test
  void dueDateBefore() throws Exception {
    mvc.perform(get("/api/calendar/due-date").param("before", "2026-06-20"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lastDay").value("2026-06-19"))
        .andExpect(jsonPath("$.dueDate").value("2026-06-19"))
        .andExpect(jsonPath("$.reason").value(startsWith("Ngày thứ Sáu 19/06/2026 là ngày làm việc")));
  }

  @ParameterizedTest(name = "GET {0} → 400")
  @CsvSource(delimiter = '|', value = {
    "/api/calendar/lunar/2026-13-40 | Ngày không hợp lệ: \"2026-13-40\". Hãy viết theo dạng năm-tháng-ngày (yyyy-MM-dd), ví dụ 2026-12-19.",
    "/api/calendar/lunar/2026-02-30 | Ngày không hợp lệ: \"2026-02-30\"",
    "/api/calendar/due-date?last-day=2026-13-40 | Ngày không hợp lệ: \"2026-13-40\"",
    "/api/calendar/due-date?last-day=hôm-nay | Ngày không hợp lệ",
    "/api/calendar/due-date | Cần đúng một tham số",
    "/api/calendar/due-date?last-day=2026-12-19&before=2026-12-20 | Cần đúng một tham số",
    "/api/calendar/2101 | Năm 2101 nằm ngoài phạm vi lịch được hỗ trợ (từ năm 1900 đến năm 2100).",
    "/api/calendar/1899 | Năm 1899 nằm ngoài phạm vi",
    "/api/calendar/lunar/2101-01-01 | Năm 2101 nằm ngoài phạm vi",
    "/api/calendar/hai-nghìn | Giá trị \"hai-nghìn\" của tham số year không hợp lệ: năm phải là một số, ví dụ 2026.",
  })
  void badInput(String url, String message) throws Exception {
    mvc.perform(get(url))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.message").value(startsWith(message)))
        .andExpect(jsonPath("$.trace").doesNotExist());
  }
}
