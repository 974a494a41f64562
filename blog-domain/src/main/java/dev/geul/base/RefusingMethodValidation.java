package dev.geul.base;

import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.boot.validation.beanvalidation.FilteredMethodValidationPostProcessor;
import org.springframework.boot.validation.beanvalidation.MethodValidationExcludeFilter;

/**
 * Spring Boot's method validation of {@code @Validated} services, whose refusals leave the service as one
 * {@link InvalidInputException} (every refused field, each keyed) rather than Bean Validation's own exception: a
 * view, the API and an import meet one kind of refused input, turned once here and not in each of them.
 */
class RefusingMethodValidation extends FilteredMethodValidationPostProcessor {

    RefusingMethodValidation(Stream<? extends MethodValidationExcludeFilter> excludeFilters) {
        super(excludeFilters);
    }

    @Override
    protected Advice createMethodValidationAdvice(Supplier<Validator> validator) {
        MethodInterceptor validation = (MethodInterceptor) super.createMethodValidationAdvice(validator);
        return (MethodInterceptor) invocation -> {
            try {
                return validation.invoke(invocation);
            } catch (ConstraintViolationException refused) {
                // also what the service's own flush refused (an entity's constraints checked before it is stored)
                throw InvalidInputException.of(refused);
            }
        };
    }
}
