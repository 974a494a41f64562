package dev.geul.web.api;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What answers an {@code /api} address no endpoint has, or a method an endpoint does not take: a problem document
 * (404, or 405 with {@code Allow}), never the studio's HTML page, which would otherwise take every address.
 */
@Hidden
@RestController
class ApiAddresses {

    private static final String EVERY_API_ADDRESS = "/api/**";

    private final RequestMappingHandlerMapping mappings;
    private final HandlerMapping resources;

    ApiAddresses(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                 @Qualifier("resourceHandlerMapping") HandlerMapping resources) {
        this.mappings = mappings;
        this.resources = resources;
    }

    @RequestMapping(EVERY_API_ADDRESS)
    @Nullable ResponseEntity<ProblemDetail> noSuchAddress(HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (servedAsFile(request, response)) {
            return null;
        }
        Set<String> allowed = methodsAt(request);
        if (allowed.isEmpty()) {
            return ApiProblem.answer(HttpStatus.NOT_FOUND, "The API has no address " + request.getRequestURI());
        }
        if (allowed.contains(request.getMethod())) {
            // the method is taken here, with a body of another type: a cross-site form's text/plain, say
            return ApiProblem.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as one of: "
                    + String.join(", ", typesTakenAt(request)));
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblem.of(HttpStatus.METHOD_NOT_ALLOWED, request.getMethod() + " is not taken at "
                        + request.getRequestURI() + "; use " + String.join(", ", allowed)));
    }

    /** The API's documentation page is files (Swagger UI's) under {@code /api}: they are served as they were. */
    private boolean servedAsFile(HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            return false;
        }
        HandlerExecutionChain chain = resources.getHandler(request);
        if (chain == null || !(chain.getHandler() instanceof HttpRequestHandler files)) {
            return false;
        }
        try {
            // the mapping's interceptors tell the handler which part of the address names the file
            for (HandlerInterceptor interceptor : chain.getInterceptorList()) {
                if (!interceptor.preHandle(request, response, files)) {
                    return true;
                }
            }
            files.handleRequest(request, response);
            return true;
        } catch (NoResourceFoundException none) {
            return false;
        }
    }

    /** The body types the endpoints at this address and with this method take. */
    private Set<String> typesTakenAt(HttpServletRequest request) {
        Set<String> types = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && !paths.getPatternValues().contains(EVERY_API_ADDRESS)
                    && paths.getMatchingCondition(request) != null
                    && info.getMethodsCondition().getMatchingCondition(request) != null) {
                info.getConsumesCondition().getConsumableMediaTypes().forEach(type -> types.add(type.toString()));
            }
        }
        return types;
    }

    /** The methods the endpoints at this address take (none when no endpoint has it). */
    private Set<String> methodsAt(HttpServletRequest request) {
        Set<String> methods = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths == null || paths.getPatternValues().contains(EVERY_API_ADDRESS)
                    || paths.getMatchingCondition(request) == null) {
                continue;
            }
            Set<RequestMethod> taken = info.getMethodsCondition().getMethods();
            methods.addAll(taken.isEmpty() ? Set.of("GET", "POST", "PUT", "DELETE")
                    : taken.stream().map(RequestMethod::name).collect(Collectors.toSet()));
        }
        return methods;
    }
}
