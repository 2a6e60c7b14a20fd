package vn.gov.plans.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks our Vietnamese translations of the Camunda webapps against the English originals of the
 * Camunda webjar on the classpath. Our files live at the same classpath paths as the webjar's, so
 * every resource is picked by where it comes from: the English original from the webjar (a jar),
 * ours from the project's output folder (a directory).
 *
 * <p>The Cockpit translation is maintained separately; this test fails for Cockpit until its
 * {@code vi.json} exists.
 */
class WebappTranslationTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Angular-translate interpolations, e.g. {@code {{ count }}} or {@code {{ date | camDate }}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);

  /**
   * Real HTML tags only. Texts such as {@code <null>} or {@code <version>} are displayed literally and
   * may be translated.
   */
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?:a|abbr|b|br|code|div|em|h[1-6]|hr|i|kbd|li|ol|p|pre|small|span|strong|sub|sup"
              + "|table|tbody|td|th|thead|tr|u|ul)\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void everyEnglishLabelHasAVietnameseText(String app) throws IOException {
    Map<String, String> english = labels(english(app));
    Map<String, String> vietnamese = labels(vietnamese(app));

    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(vietnamese.keySet());
    Set<String> blank = new TreeSet<>();
    english.forEach(
        (key, text) -> {
          String translated = vietnamese.get(key);
          if (translated != null && translated.isBlank() && !mayStayEmpty(text)) {
            blank.add(key);
          }
        });

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(missing).as("%s: English labels missing in vi.json", app).isEmpty();
    softly.assertThat(blank).as("%s: labels left blank in vi.json", app).isEmpty();
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void noLabelBeyondTheEnglishOnes(String app) throws IOException {
    Set<String> extra = new TreeSet<>(labels(vietnamese(app)).keySet());
    extra.removeAll(labels(english(app)).keySet());

    assertThat(extra).as("%s: labels that the English original does not have", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void placeholdersAndHtmlTagsAreKept(String app) throws IOException {
    Map<String, String> english = labels(english(app));
    Map<String, String> vietnamese = labels(vietnamese(app));

    SoftAssertions softly = new SoftAssertions();
    english.forEach(
        (key, text) -> {
          String translated = vietnamese.get(key);
          if (translated == null) {
            return; // reported by everyEnglishLabelHasAVietnameseText
          }
          softly
              .assertThat(placeholders(translated))
              .as("%s: placeholders of %s in \"%s\"", app, key, translated)
              .isEqualTo(placeholders(text));
          softly
              .assertThat(htmlTags(translated))
              .as("%s: HTML tags of %s in \"%s\"", app, key, translated)
              .isEqualTo(htmlTags(text));
        });
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void dateLocalesCoverTheEnglishOnes(String app) throws IOException {
    JsonNode englishDates = english(app).path("dateLocales");
    if (englishDates.isMissingNode()) {
      return; // Welcome has none.
    }
    Map<String, String> vietnameseDates = flatten(vietnamese(app).path("dateLocales"));

    assertThat(vietnameseDates.keySet())
        .as("%s: moment.js keys in dateLocales", app)
        .containsAll(flatten(englishDates).keySet());
    assertThat(vietnameseDates)
        .as("%s: Vietnamese month and weekday names", app)
        .containsEntry("months[0]", "tháng 1")
        .containsEntry("weekdays[0]", "Chủ nhật")
        .containsEntry("longDateFormat.L", "DD/MM/YYYY");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void configOffersVietnameseFirst(String app) throws IOException {
    String config = withoutComments(ours(APP + app + "/scripts/config.js"));

    Matcher available =
        Pattern.compile("['\"]?availableLocales['\"]?\\s*:\\s*\\[([^]]*)]").matcher(config);
    assertThat(available.find()).as("%s: config.js sets locales.availableLocales", app).isTrue();
    assertThat(quotedStrings(available.group(1)))
        .as("%s: locales.availableLocales", app)
        .contains("vi");

    Matcher fallback =
        Pattern.compile("['\"]?fallbackLocale['\"]?\\s*:\\s*['\"]([^'\"]*)['\"]").matcher(config);
    assertThat(fallback.find()).as("%s: config.js sets locales.fallbackLocale", app).isTrue();
    assertThat(fallback.group(1)).as("%s: locales.fallbackLocale", app).isEqualTo("vi");
  }

  /**
   * Labels without a Vietnamese counterpart: the ones empty in English too (tasklist NO_TASK_FORM)
   * and the English plural suffix "s" (Cockpit's PLGN_..._S, appended to a noun); Vietnamese nouns
   * do not inflect.
   */
  private static boolean mayStayEmpty(String english) {
    return english.isBlank() || english.equals("s");
  }

  // --- reading ---------------------------------------------------------------------------------

  private static JsonNode english(String app) throws IOException {
    return JSON.readTree(
        read(resource(APP + app + "/locales/en.json", "jar", "the Camunda webjar")));
  }

  private static JsonNode vietnamese(String app) throws IOException {
    return JSON.readTree(ours(APP + app + "/locales/vi.json"));
  }

  private static String ours(String path) throws IOException {
    return read(resource(path, "file", "src/main/resources"));
  }

  /** The copy of {@code path} whose URL has the given protocol ("jar" or "file"). */
  private static URL resource(String path, String protocol, String expectedIn) throws IOException {
    for (URL url : Collections.list(classLoader().getResources(path))) {
      if (protocol.equals(url.getProtocol())) {
        return url;
      }
    }
    return fail("%s not found in %s (looked on the test classpath)", path, expectedIn);
  }

  private static ClassLoader classLoader() {
    return WebappTranslationTest.class.getClassLoader();
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }

  // --- structure -------------------------------------------------------------------------------

  private static Map<String, String> labels(JsonNode locale) {
    JsonNode labels = locale.path("labels");
    assertThat(labels.isObject()).as("the locale file has a \"labels\" object").isTrue();
    return flatten(labels);
  }

  /** Leaf values by path ("a.b", "list[0]"), nested objects and arrays included. */
  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> leaves = new LinkedHashMap<>();
    flatten("", node, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field ->
                  flatten(
                      path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                      field.getValue(),
                      leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else if (!node.isMissingNode()) {
      leaves.put(path, node.asText());
    }
  }

  /** Placeholders with the whitespace inside removed: {@code {{ name }}} equals {@code {{name}}}. */
  private static Set<String> placeholders(String text) {
    return matches(PLACEHOLDER, text, match -> match.replaceAll("\\s+", ""));
  }

  /** HTML tags, attributes included, with runs of whitespace collapsed. */
  private static Set<String> htmlTags(String text) {
    return matches(HTML_TAG, text, match -> match.replaceAll("\\s+", " "));
  }

  private static Set<String> matches(
      Pattern pattern, String text, UnaryOperator<String> normalise) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(normalise.apply(matcher.group()));
    }
    return found;
  }

  /** The JavaScript without block comments and without lines that are line comments. */
  private static String withoutComments(String javaScript) {
    String noBlocks = javaScript.replaceAll("(?s)/\\*.*?\\*/", "");
    List<String> code = new ArrayList<>();
    for (String line : noBlocks.split("\\R")) {
      if (!line.strip().startsWith("//")) {
        code.add(line);
      }
    }
    return String.join("\n", code);
  }

  private static List<String> quotedStrings(String list) {
    List<String> values = new ArrayList<>();
    Matcher matcher = Pattern.compile("['\"]([^'\"]*)['\"]").matcher(list);
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }
}
