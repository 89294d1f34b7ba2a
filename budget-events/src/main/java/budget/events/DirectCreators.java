package budget.events;

import tools.jackson.core.JacksonException;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

/**
 * Calls the constructor of every record (and other class built from its properties) through one method handle made
 * when its deserializer is built. Jackson calls a creator of several arguments with
 * {@code MethodHandle.invokeWithArguments}, which builds a spreading handle on every call: about a fifth of the CPU
 * of reading a parsed event, where every row, cell and line is a record. What a constructor throws is reported as
 * Jackson reports it (a {@code ValueInstantiationException} naming the type), so malformed input fails as before.
 */
final class DirectCreators extends JacksonModule {

    @Override
    public String getModuleName() {
        return "budget-direct-creators";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                                                             BeanDescription.Supplier description,
                                                             ValueInstantiator instantiator) {
                if (instantiator.getClass() == StdValueInstantiator.class
                        && instantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator
                        && creator.getParameterCount() > 1) {
                    return Direct.of((StdValueInstantiator) instantiator, creator.getAnnotated());
                }
                return instantiator;
            }
        });
    }

    /** Jackson's own instantiator, but with the constructor of properties called through a handle made once. */
    private static final class Direct extends StdValueInstantiator {

        private final transient MethodHandle construct;

        private Direct(StdValueInstantiator configured, MethodHandle construct) {
            super(configured);
            this.construct = construct;
        }

        /** The configured instantiator itself where the constructor cannot be had as a handle (not accessible). */
        static StdValueInstantiator of(StdValueInstantiator configured, Constructor<?> constructor) {
            try {
                // a constructor Jackson has made accessible is unreflected without an access check
                MethodHandle handle = MethodHandles.publicLookup().unreflectConstructor(constructor);
                return new Direct(configured, handle.asSpreader(Object[].class, constructor.getParameterCount())
                        .asType(MethodType.methodType(Object.class, Object[].class)));
            } catch (IllegalAccessException e) {
                return configured;
            }
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] arguments) throws JacksonException {
            try {
                return (Object) construct.invokeExact(arguments);
            } catch (Throwable thrown) {
                return context.handleInstantiationProblem(_valueClass, arguments, rewrapCtorProblem(context, thrown));
            }
        }
    }
}
