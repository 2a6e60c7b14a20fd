package vn.gov.plans.system;

import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.springframework.stereotype.Component;

/**
 * Camunda checks every BPMN diagram it deploys against the BPMN 2.0 XML schema, and compiles that
 * schema (five XSD files) again for every diagram: on a first start, the larger part of the
 * deployment's CPU time (README, "Benchmarks", item 4). This plugin compiles it once per JVM and
 * gives Camunda's own BPMN parse a SAX parser that validates against the compiled schema: the same
 * validator and messages, Camunda's XXE settings from the engine configuration, and Camunda's
 * parse of the elements unchanged ({@code BpmnSchemaPluginTest}).
 */
@Component
class BpmnSchemaPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setBpmnParseFactory(engineParser -> {
      BpmnParse parse = new BpmnParse(new CompiledSchemaParser(engineParser));
      // The schema is on the SAX parser; Camunda would otherwise compile its file again.
      parse.setSchemaResource(null);
      return parse;
    });
  }

  /** The engine's BPMN parser (its expression manager and parse listeners) with the compiled schema. */
  static final class CompiledSchemaParser extends BpmnParser {

    private static final ThreadLocal<SAXParserFactory> FACTORIES =
        ThreadLocal.withInitial(CompiledSchemaParser::validatingFactory);

    CompiledSchemaParser(BpmnParser engineParser) {
      super(engineParser.getExpressionManager(), null);
      this.parseListeners = engineParser.getParseListeners();
    }

    @Override
    protected void enableSchemaValidation(boolean enableSchemaValidation) {
      // Always on: every parser of this class validates against the compiled schema.
    }

    @Override
    protected SAXParser getSaxParser() throws Exception {
      SAXParserFactory factory = FACTORIES.get();
      setXxeProcessing(factory);
      return factory.newSAXParser();
    }

    private static SAXParserFactory validatingFactory() {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      try {
        factory.setFeature(NAMESPACE_PREFIXES, true);
      } catch (Exception e) {
        throw new ProcessEngineException("SAX parser without namespace prefixes", e);
      }
      factory.setSchema(BpmnSchema.COMPILED);
      return factory;
    }
  }

  /** Camunda's BPMN 2.0 schema, compiled on the first deployment; a JAXP schema is thread-safe. */
  static final class BpmnSchema {

    static final Schema COMPILED = compile();

    private static Schema compile() {
      URL schema = ReflectUtil.getResource(BpmnParser.BPMN_20_SCHEMA_LOCATION);
      try {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // As Camunda's parse: its XSD files import each other from the engine's jar.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA,
            System.getProperty("javax.xml.accessExternalSchema", "all"));
        return factory.newSchema(schema);
      } catch (Exception e) {
        throw new ProcessEngineException("Cannot compile the BPMN schema " + schema, e);
      }
    }
  }
}
