package vn.gov.plans.calendar;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A day of the year written "MM-dd" (also "M-d" or ISO "--MM-dd") in plan files. */
final class MonthDayJson {

  private static final Pattern MONTH_DAY = Pattern.compile("(?:--)?(\\d{1,2})-(\\d{1,2})");

  private MonthDayJson() {}

  static MonthDay parse(String text) {
    Matcher matcher = MONTH_DAY.matcher(text == null ? "" : text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Ngày trong năm phải viết dạng MM-dd, ví dụ \"06-20\": " + text);
    }
    return MonthDay.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  static final class Reader extends StdScalarDeserializer<MonthDay> {
    Reader() {
      super(MonthDay.class);
    }

    @Override
    public MonthDay deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      try {
        return parse(parser.getValueAsString());
      } catch (RuntimeException e) {
        return (MonthDay) context.handleWeirdStringValue(MonthDay.class, parser.getText(),
            e.getMessage());
      }
    }
  }

  static final class Writer extends StdScalarSerializer<MonthDay> {
    Writer() {
      super(MonthDay.class);
    }

    @Override
    public void serialize(MonthDay value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(String.format("%02d-%02d", value.getMonthValue(), value.getDayOfMonth()));
    }
  }
}
