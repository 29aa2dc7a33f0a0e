package app.touchbase.platform.privacy;

import app.touchbase.shared.api.Personal;
import app.touchbase.shared.api.PersonalData;
import app.touchbase.shared.api.PersonalDataKey;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

import java.util.List;

/**
 * The Jackson hook that seals every {@link Personal} field of an event as it is written. The key is that of the
 * nearest record around the field that is {@link PersonalData}: the event itself, or a record it carries (an
 * import's planned contact has its contact's key).
 */
final class SealPersonalFields extends SimpleModule {

    SealPersonalFields(PersonalDataSeal seal, ObjectMapper plain) {
        super("touchbase-personal-data");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                             List<BeanPropertyWriter> properties) {
                return properties.stream()
                        .map(property -> property.getAnnotation(Personal.class) == null ? property : new SealedProperty(property, seal, plain))
                        .toList();
            }
        });
    }

    private static final class SealedProperty extends BeanPropertyWriter {

        private final transient PersonalDataSeal seal;
        private final transient ObjectMapper plain;

        SealedProperty(BeanPropertyWriter property, PersonalDataSeal seal, ObjectMapper plain) {
            super(property);
            this.seal = seal;
            this.plain = plain;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider) throws Exception {
            Object value = get(bean);
            if (value == null) {
                super.serializeAsField(bean, generator, provider);
                return;
            }
            SealedValue sealed = seal.seal(keyFor(bean, generator), EventBeingStored.id(), plain.writeValueAsBytes(value), value);
            generator.writeFieldName(getName());
            generator.writeTree(sealed.toJson());
        }

        private static PersonalDataKey keyFor(Object bean, JsonGenerator generator) {
            PersonalDataKey key = null;
            Object current = bean;
            JsonStreamContext context = generator.getOutputContext();
            while (true) {
                if (current instanceof PersonalData data) {
                    key = key == null ? data.personalDataKey() : key.ownedBy(data.personalDataKey().owner());
                    if (key.owner() != null) {
                        return key;
                    }
                }
                if (context == null) {
                    throw new IllegalStateException("A personal field of " + bean.getClass().getName()
                            + " is not inside a record that names its key (PersonalData)");
                }
                context = context.getParent();
                current = context == null ? null : context.getCurrentValue();
            }
        }
    }
}
