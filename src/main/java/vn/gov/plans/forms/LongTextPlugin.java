package vn.gov.plans.forms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Texts longer than the engine's text column (4,000 characters) are kept whole. A report's results,
 * a compiled report or the list of 3,500 agencies' submissions easily exceed it, and the engine
 * would refuse to store them (on PostgreSQL and H2 alike). Such strings are written as a byte array
 * (UTF-8) by a serializer of their own and read back as ordinary strings: forms, the REST API,
 * Cockpit and history see type String. Shorter strings keep the engine's own serializer.
 *
 * <p>With full history the engine also writes each submitted form field as a form property event
 * into the same kind of column; that event only echoes the variable (whose history is kept whole),
 * so a longer value is shortened there to the column's length, ending with "…".
 */
@Component
class LongTextPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(new LongStringSerializer());
    configuration.setCustomPreVariableSerializers(serializers);

    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(0, new FormPropertyFittingHistoryHandler());
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /** The engine's database history handler, with form property values fitted to their column. */
  static class FormPropertyFittingHistoryHandler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricFormPropertyEventEntity property
          && property.getPropertyValue() instanceof String value
          && value.length() > LongStringSerializer.TEXT_COLUMN_LENGTH) {
        property.setPropertyValue(value.substring(0, LongStringSerializer.TEXT_COLUMN_LENGTH - 1) + "…");
      }
      super.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }

  /** Strings of more than {@link #TEXT_COLUMN_LENGTH} characters, stored as UTF-8 bytes. */
  static class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

    /** The length of {@code TEXT_} in the engine's variable tables. */
    static final int TEXT_COLUMN_LENGTH = 4000;
    static final String NAME = "longString";

    LongStringSerializer() {
      super(ValueType.STRING);
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
      return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
      return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
      valueFields.setTextValue(null);
      valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
      byte[] bytes = valueFields.getByteArrayValue();
      return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
    }
  }
}
